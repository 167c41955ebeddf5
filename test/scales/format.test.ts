import { describe, expect, it } from 'vitest';
import { compactFormatter, formatCount, kazakhCompact, yearFormatter } from '../../src/scales/format';

describe('formatCount', () => {
  it.each([
    { value: 450, qualifier: 'at_least' as const, expected: 'more than 450' },
    { value: 400, qualifier: 'approx' as const, expected: 'about 400' },
    { value: 12840, qualifier: 'exact' as const, expected: '12,840' },
    { value: 12840, qualifier: undefined, expected: '12,840' },
    { value: null, qualifier: undefined, expected: 'No data' },
    { value: Number.NaN, qualifier: 'exact' as const, expected: 'No data' },
  ])('$value ($qualifier) -> "$expected"', ({ value, qualifier, expected }) => {
    expect(formatCount(value, qualifier, 'en')).toBe(expected);
  });

  it('formats digits for the language', () => {
    expect(formatCount(12840, 'exact', 'ru')).toMatch(/^12\s840$/);
  });
});

describe('axis formats', () => {
  it('abbreviates large numbers', () => {
    expect(compactFormatter('en')(15000)).toBe('15K');
    expect(compactFormatter('en')(1200)).toBe('1.2K');
  });
  it('abbreviates in Kazakh words where the runtime has no Kazakh number data', () => {
    const kk = kazakhCompact();
    expect(kk(16000)).toBe('16 мың');
    expect(kk(1200000)).toBe('1,2 млн');
    expect(kk(950)).toBe('950');
  });
  it('writes years without grouping', () => {
    expect(yearFormatter('en')(2024)).toBe('2024');
  });
});
