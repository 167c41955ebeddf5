// The number format every component gets from useI18n() groups digits as the language does.
import { describe, expect, it } from 'vitest';
import { makeI18n } from '../../src/i18n/I18nContext';

describe('makeI18n', () => {
  it('formats numbers for each language', () => {
    expect(makeI18n('en').number.format(12345.5)).toBe('12,345.5');
    expect(makeI18n('ru').number.format(12345.5)).toBe('12\u00a0345,5');
    expect(makeI18n('kk').number.format(12345.5)).toBe('12\u00a0345,5');
    expect(makeI18n('ar').number.format(12345.5)).toBe(new Intl.NumberFormat('ar').format(12345.5));
  });

  it('Arabic reads right to left, the others left to right', () => {
    expect(makeI18n('ar').dir).toBe('rtl');
    expect(['en', 'ru', 'kk'].map((l) => makeI18n(l as 'en').dir)).toEqual(['ltr', 'ltr', 'ltr']);
  });
});
