import { describe, expect, it } from 'vitest';
import type { CountryValue } from '../../src/transforms/countryValues';
import { rankCountries } from '../../src/transforms/rankCountries';

function cv(value: number | null, extra: Partial<CountryValue> = {}): CountryValue {
  return { value, qualifier: 'exact', date: '2023', source: 's', sourceUrl: null, sourceDate: null, status: 'reported', note: null, tookPart: false, ...extra };
}

const values = new Map<string, CountryValue>([
  ['KAZ', cv(70, { qualifier: 'at_least', status: 'illustrative' })],
  ['UZB', cv(40)],
  ['KGZ', cv(40)],
  ['TJK', cv(10)],
  ['AZE', cv(null, { tookPart: true })],
]);

describe('rankCountries', () => {
  it('keeps the top N, folds the rest into other, and totals every value', () => {
    const r = rankCountries(values, 2);
    expect(r.top.map((t) => [t.iso3, t.value, t.rank])).toEqual([
      ['KAZ', 70, 1],
      ['KGZ', 40, 2],
    ]);
    expect(r.other).toEqual({ count: 2, value: 50 });
    expect(r.total).toBe(160);
    expect(r.withoutValue).toBe(1);
  });

  it('equal values share a rank', () => {
    expect(rankCountries(values, 4).top.map((t) => t.rank)).toEqual([1, 2, 2, 4]);
  });

  it('carries the vaguest qualifier into the total and keeps each status', () => {
    const r = rankCountries(values, 1);
    expect(r.totalQualifier).toBe('at_least');
    expect(r.top[0]).toMatchObject({ qualifier: 'at_least', status: 'illustrative' });
  });

  it('topN larger than the data leaves other empty', () => {
    expect(rankCountries(values, 10).other).toEqual({ count: 0, value: 0 });
  });

  it.each([-1, 1.5, Number.NaN])('throws on topN %s', (n) => {
    expect(() => rankCountries(values, n)).toThrow(/topN/);
  });
});
