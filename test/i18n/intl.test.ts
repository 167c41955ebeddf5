import { describe, expect, it } from 'vitest';
import { collator, dateTimeFormat, listFormat, numberFormat, pluralRules, warmUpIntl, FULL_DATE, AND_LIST } from '../../src/i18n/intl';
import { makeTranslate } from '../../src/i18n/translate';

describe('kept Intl objects', () => {
  it('builds one formatter per locale and options, and formats as a fresh one would', () => {
    expect(numberFormat('ru', { maximumFractionDigits: 1 })).toBe(numberFormat('ru', { maximumFractionDigits: 1 }));
    expect(numberFormat('ru', { maximumFractionDigits: 1 })).not.toBe(numberFormat('ru', { maximumFractionDigits: 2 }));
    expect(numberFormat('ru')).not.toBe(numberFormat('en'));
    expect(numberFormat('ru', { maximumFractionDigits: 1 }).format(1234.56)).toBe(new Intl.NumberFormat('ru', { maximumFractionDigits: 1 }).format(1234.56));
    const long = { year: 'numeric', month: 'long', timeZone: 'UTC' } as const;
    expect(dateTimeFormat('ar', long)).toBe(dateTimeFormat('ar', { ...long }));
    expect(pluralRules('ru').select(3)).toBe('few');
    expect(collator('kk')).toBe(collator('kk'));
    expect(listFormat('en', { type: 'conjunction' }).format(['a', 'b', 'c'])).toBe('a, b, and c');
  });

  it('keeps the formats the entry script builds before the first paint, for the page to use', () => {
    warmUpIntl('kk');
    const warmed = numberFormat('kk');
    expect(numberFormat('kk')).toBe(warmed);
    expect(warmed.resolvedOptions().locale).toBe(new Intl.NumberFormat('kk').resolvedOptions().locale);
    // The very objects the views then use for their dates and lists (no second build while they hydrate).
    expect(dateTimeFormat('kk', { ...FULL_DATE })).toBe(dateTimeFormat('kk', FULL_DATE));
    expect(listFormat('kk', { ...AND_LIST })).toBe(listFormat('kk', AND_LIST));
  });

  it('gives one translator per language', () => {
    expect(makeTranslate('ar')).toBe(makeTranslate('ar'));
    expect(makeTranslate('ar')).not.toBe(makeTranslate('ru'));
  });
});
