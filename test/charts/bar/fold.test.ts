import { describe, expect, it } from 'vitest';
import { foldTopN, rankRows, sumRows } from '../../../src/charts/bar/fold';
import { BAR_ROWS } from './rows';

describe('foldTopN', () => {
  it('keeps the N largest and folds the rest into one "other" with their count and sum', () => {
    const { shown, other } = foldTopN(BAR_ROWS, 3);
    expect(shown.map((r) => r.key)).toEqual(['KAZ', 'RUS', 'CHN']);
    expect(other?.count).toBe(5);
    expect(other?.value).toBe(40 + 35 + 12 + 9);
  });

  it('totals every row, not only the shown ones', () => {
    const { total } = foldTopN(BAR_ROWS, 3);
    expect(total.value).toBe(450 + 120 + 80 + 40 + 35 + 12 + 9);
  });

  it('marks sums with an approximate part as approximate, and sums with a missing part as a lower bound', () => {
    expect(foldTopN(BAR_ROWS, 3).other?.qualifier).toBe('approx');
    const { other } = foldTopN(BAR_ROWS, 4); // UZB, KGZ (no count), TJK, THA
    expect(other?.qualifier).toBe('at_least');
    expect(other?.value).toBe(35 + 12 + 9);
  });

  it('never folds a single row into "other"', () => {
    const { shown, other } = foldTopN(BAR_ROWS, BAR_ROWS.length - 1);
    expect(other).toBeNull();
    expect(shown).toHaveLength(BAR_ROWS.length);
  });

  it('carries illustrative status into the sum', () => {
    expect(sumRows(BAR_ROWS, 'derived').status).toBe('illustrative');
    expect(sumRows(BAR_ROWS.filter((r) => r.status !== 'illustrative'), 'derived').status).toBe('derived');
  });

  it('ranks rows without a value last and ties by label with numbers in order', () => {
    const ranked = rankRows([
      { key: 'a', label: '10 Reduced Inequalities', value: null },
      { key: 'b', label: '2 Zero Hunger', value: null },
      { key: 'c', label: 'x', value: 1 },
    ]);
    expect(ranked.map((r) => r.key)).toEqual(['c', 'b', 'a']);
  });
});

describe('foldTopN with a selected country', () => {
  it('keeps a highlighted row below the top N as its own bar, not in "other"', () => {
    const rows = ['A', 'B', 'C', 'D', 'E'].map((key, i) => ({ key, label: key, value: 50 - i * 10, highlighted: key === 'E' }));
    const { shown, other } = foldTopN(rows, 2);
    expect(shown.map((r) => r.key)).toEqual(['A', 'B', 'E']);
    expect(other).toMatchObject({ value: 50, count: 2 });
  });
});
