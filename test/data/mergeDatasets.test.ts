import { describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../src/data/mergeDatasets';
import type { Dataset } from '../../src/data/types';
import { countryValues } from '../../src/transforms/countryValues';
import { makeDataset } from '../transforms/makeDataset';

function cell(ds: Dataset, column: string, row: number): string | number | null {
  const col = ds.columns[column];
  if (!col) return null;
  if (col.type === 'number') return Number.isNaN(col.values[row]!) ? null : col.values[row]!;
  if (col.type === 'goals') return col.masks[row]!;
  const code = col.codes[row]!;
  return code < 0 ? null : col.dictionary[code]!;
}

function rows(ds: Dataset, columns: readonly string[]): (string | number | null)[][] {
  return Array.from({ length: ds.rowCount }, (_, r) => columns.map((c) => cell(ds, c, r)));
}

const bundled = { ...makeDataset('organizations', [
  { country: 'KAZ', date: '2023-06', count: 680, source: 'arda.com.kz', status: 'reported' },
  { country: 'UZB', date: '2024-01', count: 120, source: 'Test UZB', status: 'illustrative' },
]), id: 'bundled:organizations', origin: 'bundled' as const };

const upload = { ...makeDataset('organizations', [
  { country: 'FRA', date: '2024', count: 9, source: 'mine.csv' },
  { country: 'KAZ', date: '2023-06', count: 700, source: 'mine.csv', note: 'recount' },
  { country: 'UZB', date: '2024-02', count: null, source: 'mine.csv' },
], { name: 'mine.csv' }), id: 'upload:organizations:mine.csv' };

describe('mergeDatasets', () => {
  it('returns null for no datasets and the dataset itself for one', () => {
    expect(mergeDatasets([]).dataset).toBeNull();
    expect(mergeDatasets([bundled]).dataset).toBe(bundled);
  });

  it('concatenates rows in order, re-encoding every dictionary and keeping line numbers', () => {
    const { dataset } = mergeDatasets([bundled, upload]);
    expect(dataset!.rowCount).toBe(5);
    expect(rows(dataset!, ['country', 'date', 'count', 'source', 'status', 'note'])).toEqual([
      ['KAZ', '2023-06', 680, 'arda.com.kz', 'reported', null],
      ['UZB', '2024-01', 120, 'Test UZB', 'illustrative', null],
      ['FRA', '2024', 9, 'mine.csv', null, null],
      ['KAZ', '2023-06', 700, 'mine.csv', null, 'recount'],
      ['UZB', '2024-02', null, 'mine.csv', null, null],
    ]);
    const country = dataset!.columns.country!;
    expect(country.type === 'code' && country.dictionary).toEqual(['KAZ', 'UZB', 'FRA']);
    expect([...dataset!.lines]).toEqual([2, 3, 2, 3, 4]);
    expect(dataset!.origin).toBe('upload');
    expect(dataset!.name).toBe('organizations.csv + mine.csv');
  });

  it('fills a column one input lacks with missing values (NaN, -1, no goals)', () => {
    const a = makeDataset('placements', [{ year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', sdg: '4|5', count: 10 }]);
    const b = makeDataset('placements', [{ year: 2024, country: 'KAZ', perspective: 'duty_station', type: 'total', count: 3, qualifier: 'approx' }]);
    const { dataset } = mergeDatasets([a, b]);
    expect(rows(dataset!, ['year', 'sdg', 'qualifier'])).toEqual([[2023, 0b11000, null], [2024, 0, 'approx']]);
  });

  it('keeps both rows of a repeated key by default: they are separate sources', () => {
    const { dataset, superseded } = mergeDatasets([bundled, upload]);
    expect(superseded).toEqual([0, 0]);
    expect(rows(dataset!, ['country', 'date', 'source']).filter((r) => r[0] === 'KAZ')).toHaveLength(2);
  });

  it('with supersede, a later dataset replaces rows with the same key, so figures are not counted twice', () => {
    const { dataset, superseded } = mergeDatasets([bundled, upload], { supersede: true });
    expect(superseded).toEqual([1, 0]);
    expect(rows(dataset!, ['country', 'date', 'count', 'source'])).toEqual([
      ['UZB', '2024-01', 120, 'Test UZB'],
      ['FRA', '2024', 9, 'mine.csv'],
      ['KAZ', '2023-06', 700, 'mine.csv'],
      ['UZB', '2024-02', null, 'mine.csv'],
    ]);
    expect([...dataset!.lines]).toEqual([3, 2, 3, 4]);
    const kaz = countryValues(dataset!, { metric: 'organizations' }).get('KAZ');
    expect(kaz).toMatchObject({ value: 700, source: 'mine.csv' });
  });

  it('treats a missing SDG column like an untagged row when matching keys', () => {
    const a = makeDataset('placements', [
      { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'total', sdg: '', count: 10 },
      { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'total', sdg: '4', count: 2 },
    ]);
    const b = makeDataset('placements', [{ year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'total', count: 11 }]);
    const { dataset, superseded } = mergeDatasets([a, b], { supersede: true });
    expect(superseded).toEqual([1, 0]);
    expect(rows(dataset!, ['sdg', 'count'])).toEqual([[8, 2], [0, 11]]);
  });

  it('refuses to mix kinds', () => {
    expect(() => mergeDatasets([bundled, makeDataset('events', [{ event_id: 'x', name: 'X', start_date: '2024' }])])).toThrow(/cannot merge events/);
  });

  it('merges a million rows quickly', () => {
    const n = 1_000_000;
    const dictionary = Array.from({ length: 200 }, (_, i) => `C${i}`);
    const big: Dataset = {
      id: 'upload:placements:big.csv', kind: 'placements', name: 'big.csv', origin: 'upload', rowCount: n,
      columns: {
        year: { type: 'number', values: Float64Array.from({ length: n }, (_, i) => 1990 + (i % 35)) },
        country: { type: 'code', codes: Int32Array.from({ length: n }, (_, i) => i % 200), dictionary },
        perspective: { type: 'code', codes: new Int32Array(n), dictionary: ['duty_station'] },
        type: { type: 'code', codes: new Int32Array(n), dictionary: ['total'] },
        sdg: { type: 'goals', masks: Uint32Array.from({ length: n }, (_, i) => 1 << (i % 17)) },
        count: { type: 'number', values: Float64Array.from({ length: n }, (_, i) => i) },
        source: { type: 'code', codes: new Int32Array(n), dictionary: ['big.csv'] },
      },
      lines: Int32Array.from({ length: n }, (_, i) => i + 2),
    };
    const small = makeDataset('placements', [{ year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', count: 1 }]);
    const start = performance.now();
    const plain = mergeDatasets([small, big]).dataset!;
    const plainMs = performance.now() - start;
    const t1 = performance.now();
    const superseding = mergeDatasets([small, big], { supersede: true }).dataset!;
    const supersedeMs = performance.now() - t1;
    expect(plain.rowCount).toBe(n + 1);
    expect(superseding.rowCount).toBe(n + 1);
    expect(cell(plain, 'country', n)).toBe('C199');
    expect(plainMs).toBeLessThan(1500);
    expect(supersedeMs).toBeLessThan(6000);
  });
});
