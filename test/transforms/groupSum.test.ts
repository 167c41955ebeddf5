import { describe, expect, it } from 'vitest';
import { groupSum } from '../../src/transforms/groupSum';
import { makeDataset } from './makeDataset';

const ds = makeDataset('placements', [
  { country: 'KAZ', count: 10 },
  { country: 'KAZ', count: 5 },
  { country: 'WLD', count: 100 },
  { country: 'UZB', count: null },
  { country: null, count: 7 },
]);

describe('groupSum', () => {
  it('sums per group; aggregates stay their own group; missing values are not zeros', () => {
    expect(groupSum(ds, 'country', 'count')).toEqual([
      { key: 'KAZ', sum: 15, rows: 2 },
      { key: 'WLD', sum: 100, rows: 1 },
      { key: 'UZB', sum: null, rows: 1 },
    ]);
  });

  it('sums only the given rows', () => {
    expect(groupSum(ds, 'country', 'count', Int32Array.of(1, 2))).toEqual([
      { key: 'KAZ', sum: 5, rows: 1 },
      { key: 'WLD', sum: 100, rows: 1 },
    ]);
  });

  it('merges dictionary codes that hold the same value', () => {
    const dup = { ...ds, columns: { ...ds.columns, country: { type: 'code' as const, codes: Int32Array.of(0, 1), dictionary: ['KAZ', 'KAZ'] } }, rowCount: 2 };
    expect(groupSum(dup, 'country', 'count')).toEqual([{ key: 'KAZ', sum: 15, rows: 2 }]);
  });

  it('throws on unknown columns', () => {
    expect(() => groupSum(ds, 'nation', 'count')).toThrow(/nation/);
    expect(() => groupSum(ds, 'country', 'country')).toThrow(/number column/);
  });
});
