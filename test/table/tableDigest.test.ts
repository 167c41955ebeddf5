import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/types';
import { rememberDigest } from '../../src/table/digestRegistry';
import { tableDigest } from '../../src/table/tableDigest';
import { rememberedPlacementBuckets } from '../../src/transforms/placementBuckets';
import { placementBuckets } from '../../src/transforms/placementScope';
import { buildTableModel } from '../../src/table/tableModel';
import { EMPTY_TABLE_STATE } from '../../src/table/tableState';
import { makeDataset, nameOf, placements, PLACEMENT_TYPES, regionOf, searchTextOf, unvTable } from './makeDataset';

const model = (dataset: Dataset, grouping: string[] = []) => buildTableModel(
  { dataset, nameOf, searchTextOf, regionOf, lang: 'en', labelOf: (_, v) => v },
  { ...EMPTY_TABLE_STATE, grouping },
);

/** The same dataset in fresh arrays, so nothing computed for one is found for the other. */
function copy(dataset: Dataset): Dataset {
  const columns = Object.fromEntries(Object.entries(dataset.columns).map(([id, c]) => [id,
    c.type === 'number' ? { ...c, values: c.values.slice() } : c.type === 'goals' ? { ...c, masks: c.masks.slice() } : { ...c, codes: c.codes.slice() }]));
  return { ...dataset, columns, lines: dataset.lines.slice() };
}

const strip = (groups: ReturnType<typeof model>['groups']) => JSON.parse(JSON.stringify(groups, (_, v: unknown) => (v instanceof Int32Array ? [...v] : v))) as unknown;

function check(dataset: Dataset): void {
  const digest = tableDigest(copy(dataset));
  const plain = model(dataset);
  expect(digest.totals).toEqual(plain.totals);
  // The worker's key codes, once remembered, give the same groups and sums as codes built here.
  const withDigest = copy(dataset);
  rememberDigest(withDigest, tableDigest(copy(withDigest)));
  // The worker's passes stand for the table's own: the same qualifiers cleared, the same groups and sums.
  const mine = model(withDigest).lookups.columns, fresh = model(copy(dataset)).lookups.columns;
  for (const id of Object.keys(fresh)) expect(mine[id]).toEqual(fresh[id]);
  for (const grouping of [['country'], ['year'], ['sdg'], ['type', 'year']]) {
    expect(strip(model(withDigest, grouping).groups)).toEqual(strip(model(copy(dataset), grouping).groups));
  }
}

describe('tableDigest', () => {
  it('gives the totals the table computes with no filter, for the test tables', () => {
    check(placements());
    check(unvTable());
  });

  it('hands the table its cleared qualifiers and key codes: no pass of its own over the rows', () => {
    const dataset = placements(); // Russia's row has no count: its qualifier is cleared
    const digest = tableDigest(copy(dataset));
    rememberDigest(dataset, digest);
    const { columns } = model(dataset).lookups;
    expect(digest.clearedQualifiers.qualifier).not.toBeNull();
    expect(columns.qualifier?.type === 'code' && columns.qualifier.codes).toBe(digest.clearedQualifiers.qualifier);
    // The charts' placements slots too, equal to their own.
    expect(rememberedPlacementBuckets(dataset)).toBe(digest.placementBuckets);
    expect(digest.placementBuckets).toEqual(placementBuckets(copy(dataset)));
  });

  it('agrees with the table on generated placements (years far apart, many goal tags, missing values)', () => {
    const row = fc.record({
      year: fc.option(fc.oneof(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: 0, max: 3000, noNaN: true })), { nil: null }),
      country: fc.constantFrom('KAZ', 'UZB', 'TUR', 'WLD', 'UNV-SSA', ''),
      perspective: fc.constantFrom('duty_station', 'nationality'),
      type: fc.constantFrom('national', 'international', 'total'),
      sdg: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }), { nil: null }),
      count: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
      qualifier: fc.constantFrom('exact', 'approx', 'at_least'),
      source: fc.constant('S'),
      status: fc.constantFrom('reported', 'illustrative'),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
      check(makeDataset('placements', PLACEMENT_TYPES, rows));
    }), { numRuns: 60 });
  });
});
