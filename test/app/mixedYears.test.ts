import { describe, expect, it } from 'vitest';
import { yearsDiffer } from '../../src/app/mixedYears';

describe('yearsDiffer', () => {
  it('is true for latest figures of different years, false within one year', () => {
    expect(yearsDiffer([{ date: '2023' }, { date: '2020' }])).toBe(true);
    expect(yearsDiffer([{ date: '2024-10' }, { date: '2024-01' }])).toBe(false);
    expect(yearsDiffer([{ date: '2024-10' }, { date: '2023-06' }])).toBe(true);
    expect(yearsDiffer([{ date: '2023' }])).toBe(false);
    expect(yearsDiffer([])).toBe(false);
  });
});
