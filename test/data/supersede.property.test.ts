// Superseding with numeric keys (supersede.ts) leaves out exactly the rows the text keys did (the merge before
// issue 13, kept here as the oracle), for generated datasets and for the bundled data with uploads that repeat it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AGGREGATES } from '../../src/data/aggregates';
import { createCountryResolver } from '../../src/data/countryResolver';
import { loadCsv } from '../../src/data/loadCsv';
import { mergeDatasets } from '../../src/data/mergeDatasets';
import { SCHEMAS } from '../../src/data/schemas';
import type { Column, Dataset, DatasetKind } from '../../src/data/types';
import { makeDataset, type PlainRow } from '../transforms/makeDataset';
import { loadCountries } from './countries/loadReference';

/** A cell as the person reads it: numbers, goal masks and dictionary strings (null = missing). */
function cell(col: Column | undefined, r: number): string | number | null {
  if (!col) return null;
  if (col.type === 'number') return Number.isNaN(col.values[r]!) ? null : col.values[r]!;
  if (col.type === 'goals') return col.masks[r]!;
  const c = col.codes[r]!;
  return c < 0 ? null : col.dictionary[c]!;
}

/** The rows of `datasets` the text keys keep, in order, as cells of every column: the pre-worker combined(). */
function oracle(datasets: readonly Dataset[]): { rows: (string | number | null)[][]; superseded: number[] } {
  const names = [...new Set(datasets.flatMap((d) => Object.keys(d.columns)))].sort();
  const key = SCHEMAS[datasets[0]!.kind].key;
  const types = new Map(datasets.flatMap((d) => Object.entries(d.columns).map(([n, c]) => [n, c.type] as const)));
  const keyOf = (ds: Dataset, r: number) => key.map((n) => {
    const col = ds.columns[n];
    if (!col) return types.get(n) === 'goals' ? 0 : types.get(n) === 'code' ? -1 : NaN;
    if (col.type === 'number') return col.values[r]!;
    if (col.type === 'goals') return col.masks[r]!;
    return col.codes[r]! < 0 ? -1 : `s:${col.dictionary[col.codes[r]!]}`;
  }).join(',');
  const later = new Set<string>();
  const kept: boolean[][] = datasets.map((d) => new Array<boolean>(d.rowCount).fill(true));
  for (let i = datasets.length - 1; i >= 0; i--) {
    const mine = Array.from({ length: datasets[i]!.rowCount }, (_, r) => keyOf(datasets[i]!, r));
    mine.forEach((k, r) => { if (later.has(k)) kept[i]![r] = false; });
    if (i > 0) mine.forEach((k) => later.add(k));
  }
  const rows = datasets.flatMap((ds, i) => Array.from({ length: ds.rowCount }, (_, r) => r).filter((r) => kept[i]![r])
    .map((r) => [...names.map((n) => (ds.columns[n] || types.get(n) !== 'goals' ? cell(ds.columns[n], r) : 0)), ds.lines[r]!]));
  return { rows, superseded: kept.map((k) => k.filter((x) => !x).length) };
}

function rowsOf(ds: Dataset, names: readonly string[]): (string | number | null)[][] {
  return Array.from({ length: ds.rowCount }, (_, r) => [...names.map((n) => cell(ds.columns[n], r)), ds.lines[r]!]);
}

function expectSameAsOracle(datasets: readonly Dataset[]): void {
  const names = [...new Set(datasets.flatMap((d) => Object.keys(d.columns)))].sort();
  const want = oracle(datasets);
  const got = mergeDatasets(datasets, { supersede: true });
  expect(got.superseded).toEqual(want.superseded);
  expect(rowsOf(got.dataset!, names)).toEqual(want.rows);
}

// Few distinct values, so generated datasets repeat each other's keys often; NaN years and blank cells included.
const placementRow = fc.record({
  year: fc.constantFrom(2020, 2021, null),
  country: fc.constantFrom('KAZ', 'UZB', 'WLD', null),
  perspective: fc.constantFrom('duty_station', 'nationality', null),
  type: fc.constantFrom('national', 'total'),
  sdg: fc.constantFrom('', '4', '4|5', '17'),
  count: fc.oneof(fc.nat({ max: 1000 }), fc.constant(null)),
  source: fc.constantFrom('a.csv', 'b.csv'),
}, { requiredKeys: ['type', 'source'] });
const organizationRow = fc.record({
  country: fc.constantFrom('KAZ', 'UZB', null),
  date: fc.constantFrom('2023', '2023-06', '2024-01'),
  count: fc.nat({ max: 50 }),
  note: fc.constantFrom('x', 'y'),
}, { requiredKeys: ['date', 'count'] });

function datasetsOf(kind: DatasetKind, row: fc.Arbitrary<PlainRow>) {
  return fc.array(fc.tuple(fc.array(row, { maxLength: 30 }), fc.boolean()), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.map(([rows, dropSdg], i) => {
      const ds = makeDataset(kind, rows, { name: `f${i}.csv` });
      // Some files have no SDG column at all: their rows read as untagged.
      const columns = dropSdg ? Object.fromEntries(Object.entries(ds.columns).filter(([n]) => n !== 'sdg')) : ds.columns;
      return { ...ds, id: `upload:${kind}:f${i}.csv`, columns };
    }));
}

describe('superseding with numeric keys', () => {
  it('keeps the same rows as text keys for generated placements (repeats inside a file stay)', () => {
    fc.assert(fc.property(datasetsOf('placements', placementRow), (datasets) => expectSameAsOracle(datasets)), { numRuns: 300 });
  });

  it('keeps the same rows when the last file has many values the earlier ones lack (its rows that cannot repeat an earlier key)', () => {
    const wideRow = fc.record({
      year: fc.constantFrom(2019, 2020, 2022, null),
      country: fc.constantFrom('KAZ', 'FRA', 'TUR', null),
      perspective: fc.constantFrom('duty_station', 'nationality'),
      type: fc.constantFrom('national', 'international', 'total'),
      sdg: fc.constantFrom('', '4', '3', '4|5'),
      count: fc.nat({ max: 1000 }),
      source: fc.constant('last.csv'),
    }, { requiredKeys: ['type', 'source'] });
    const withLast = fc.tuple(datasetsOf('placements', placementRow), fc.array(wideRow, { maxLength: 60 }), fc.boolean())
      .map(([datasets, rows, dropSdg]) => {
        const ds = makeDataset('placements', rows, { name: 'last.csv' });
        const columns = dropSdg ? Object.fromEntries(Object.entries(ds.columns).filter(([n]) => n !== 'sdg')) : ds.columns;
        return [...datasets, { ...ds, id: 'upload:placements:last.csv', columns }];
      });
    fc.assert(fc.property(withLast, (datasets) => expectSameAsOracle(datasets)), { numRuns: 300 });
  });

  it('keeps the same rows as text keys for generated organisations', () => {
    fc.assert(fc.property(datasetsOf('organizations', organizationRow), (datasets) => expectSameAsOracle(datasets)), { numRuns: 200 });
  });

  it('keeps the same rows for the bundled data with an upload that repeats some of its rows', () => {
    const context = createCountryResolver(loadCountries(), AGGREGATES);
    for (const kind of ['events', 'delegates', 'placements', 'organizations'] as const) {
      const bytes = readFileSync(fileURLToPath(new URL(`../../data/${kind}.csv`, import.meta.url)));
      const bundled = loadCsv(new Uint8Array(bytes), { fileName: `${kind}.csv`, origin: 'bundled' }, context).dataset!;
      // The same file uploaded again, and its every other line: both repeat bundled keys.
      const lines = bytes.toString('utf8').split('\n');
      const half = [lines[0], ...lines.slice(1).filter((_, i) => i % 2 === 0)].join('\n');
      const again = loadCsv(new Uint8Array(bytes), { fileName: `again-${kind}.csv` }, context).dataset!;
      const halfDs = loadCsv(new TextEncoder().encode(half), { fileName: `half-${kind}.csv` }, context).dataset!;
      expectSameAsOracle([bundled, halfDs]);
      expectSameAsOracle([bundled, again, halfDs]);
      expect(mergeDatasets([bundled, again], { supersede: true }).superseded[0]).toBe(bundled.rowCount);
    }
  });
});
