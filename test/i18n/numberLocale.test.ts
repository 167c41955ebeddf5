import { describe, expect, it } from 'vitest';
import { numberLocale } from '../../src/i18n/numberLocale';

describe('numberLocale', () => {
  it('keeps Kazakh where the runtime has Kazakh number data (Node)', () => {
    expect(numberLocale('kk')).toBe('kk');
  });

  it('stands in ru-KZ where Kazakh numbers would come out English-style (Chromium without kk data)', () => {
    expect(numberLocale('kk', () => '.')).toBe('ru-KZ');
  });

  it('formats like Kazakh: no-break space between thousands, decimal comma', () => {
    for (const locale of ['kk', 'ru-KZ']) expect(new Intl.NumberFormat(locale).format(1234567.5)).toBe('1\u00a0234\u00a0567,5');
  });

  it('leaves the other languages alone', () => {
    expect(['en', 'ar', 'ru'].map((lang) => numberLocale(lang as 'en' | 'ar' | 'ru', () => '.'))).toEqual(['en', 'ar', 'ru']);
  });
});
