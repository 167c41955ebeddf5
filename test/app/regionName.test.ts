import { describe, expect, it } from 'vitest';
import { regionName } from '../../src/app/regionName';
import { makeTranslate } from '../../src/i18n/translate';

describe('regionName', () => {
  it.each([
    ['en', 'Asia', 'Asia'],
    ['ru', 'Asia', 'Азия'],
    ['kk', 'Europe', 'Еуропа'],
    ['ar', 'Africa', 'أفريقيا'],
    ['ru', 'Atlantis', 'Atlantis'],
  ] as const)('%s: %s -> %s', (lang, region, expected) => {
    expect(regionName(region, makeTranslate(lang))).toBe(expected);
  });
});
