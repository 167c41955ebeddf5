// Dates read as a reader of the language writes them, Kazakh included where the browser lacks Kazakh data.
import { describe, expect, it } from 'vitest';
import { formatIsoDate, kazakhDate } from '../../src/app/formatDate';

describe('formatIsoDate', () => {
  const cases: { description: string; iso: string; lang: 'en' | 'ar' | 'ru' | 'kk'; expected: string }[] = [
    { description: 'English day', iso: '2024-10-03', lang: 'en', expected: 'October 3, 2024' },
    { description: 'Russian month', iso: '2024-10', lang: 'ru', expected: 'октябрь 2024 г.' },
    { description: 'Arabic day', iso: '2024-10-03', lang: 'ar', expected: new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 9, 3))) },
    { description: 'a year alone stays a year', iso: '2023', lang: 'ru', expected: '2023' },
    { description: 'text that is not a date is shown as given', iso: 'autumn 2024', lang: 'en', expected: 'autumn 2024' },
  ];
  for (const c of cases) {
    it(c.description, () => {
      expect(formatIsoDate(c.iso, c.lang)).toBe(c.expected);
    });
  }

  it('Kazakh without Intl data uses Kazakh month names, not "M10"', () => {
    expect(formatIsoDate('2024-10-03', 'kk', () => false)).toBe('2024 ж. 3 қазан');
    expect(formatIsoDate('2024-01', 'kk', () => false)).toBe('2024 ж. қаңтар');
  });

  it('the Kazakh fallback matches Intl where Intl has Kazakh data (Node ships full ICU)', () => {
    const intl = new Intl.DateTimeFormat('kk', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month += 1) {
      expect(kazakhDate(2024, month, 15)).toBe(intl.format(new Date(Date.UTC(2024, month - 1, 15))));
    }
  });
});
