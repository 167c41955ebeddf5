// The additivity rule: a sum adds only rows that differ in their country. Rows of two years, two ways of
// counting, a total beside its parts, two goal tags, two dates or two events are never added.
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/data/types';
import { buildTableModel } from '../../../src/table/tableModel';
import { sumState, type SumState } from '../../../src/table/sumState';
import { EMPTY_TABLE_STATE } from '../../../src/table/tableState';
import { makeDataset, nameOf, PLACEMENT_TYPES, searchTextOf, type Cell } from '../makeDataset';

type Row = Readonly<Record<string, Cell>>;
const labelOf = (_: string, value: string) => value;
const totals = (dataset: Dataset) => buildTableModel({ dataset, nameOf, searchTextOf, lang: 'en', labelOf }, EMPTY_TABLE_STATE).totals;

/** A placement row: 2023, Kazakhstan, duty station, national, no goal, 10, unless `patch` says otherwise. */
const p = (patch: Row = {}): Row => ({
  year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'national', sdg: null, count: 10, qualifier: 'exact',
  source: 'S', status: 'reported', ...patch,
});
const placements = (...rows: Row[]) => makeDataset('placements', PLACEMENT_TYPES, rows);
const organizations = (...rows: Row[]) => makeDataset('organizations', { country: 'code', date: 'code', count: 'number', qualifier: 'code', status: 'code' },
  rows.map((r) => ({ country: 'KAZ', date: '2024-10', count: 10, qualifier: 'exact', status: 'reported', ...r })));
const delegates = (...rows: Row[]) => makeDataset('delegates', { event_id: 'code', country: 'code', delegates: 'number', qualifier: 'code' },
  rows.map((r) => ({ event_id: 'rally-2024', country: 'KAZ', delegates: 10, qualifier: 'exact', ...r })));
const indicators = (...rows: Row[]) => makeDataset('indicators', { indicator: 'code', unit: 'code', country: 'code', year: 'number', value: 'number', qualifier: 'code' },
  rows.map((r) => ({ indicator: 'Registered volunteers', unit: 'count', country: 'KAZ', year: 2023, value: 10, qualifier: 'exact', ...r })));
const events = (...rows: Row[]) => makeDataset('events', { event_id: 'code', host_country: 'code', delegates: 'number', delegates_qualifier: 'code' },
  rows.map((r) => ({ event_id: 'e1', host_country: 'KAZ', delegates: 10, delegates_qualifier: 'exact', ...r })));

/** A sum of `added` figures. */
const sum = (value: number, added: number, patch: Partial<Extract<SumState, { kind: 'sum' }>> = {}): SumState =>
  ({ kind: 'sum', value, qualifier: 'exact', missing: 0, added, illustrative: 0, aggregatesExcluded: 0, ...patch });
const mixed = (...mixes: [string, number, boolean?][]): SumState =>
  ({ kind: 'notAddable', mixes: mixes.map(([columnId, values, totalWithParts = false]) => ({ columnId, values, totalWithParts })) });

const CASES: ReadonlyArray<{ description: string; dataset: Dataset; id?: string; expected: SumState }> = [
  // Added: the rows differ only in their country.
  { description: 'countries of one year, type, way of counting and goal tag add',
    dataset: placements(p(), p({ country: 'UZB', count: 5 }), p({ country: 'TUR', count: 1 })), expected: sum(16, 3) },
  { description: 'one goal tag shared by every row adds', dataset: placements(p({ sdg: [1, 4] }), p({ country: 'UZB', sdg: [1, 4], count: 5 })), expected: sum(15, 2) },
  { description: 'a world row of another year is left out, so it does not block the countries',
    dataset: placements(p(), p({ country: 'UZB', count: 5 }), p({ country: 'WLD', year: 2019, type: 'total', count: 9000 })), expected: sum(15, 2, { aggregatesExcluded: 1 }) },
  { description: 'the weakest qualifier of the parts: "more than" + "about" is "about"',
    dataset: placements(p({ qualifier: 'at_least' }), p({ country: 'UZB', qualifier: 'approx' })), expected: sum(20, 2, { qualifier: 'approx' }) },
  { description: 'an illustrative part is counted', dataset: placements(p(), p({ country: 'UZB', status: 'illustrative' })), expected: sum(20, 2, { illustrative: 1 }) },
  { description: 'a row without a figure is counted as not published, not as a second value',
    dataset: placements(p(), p({ country: 'UZB', count: null })), expected: sum(10, 1, { missing: 1 }) },
  { description: 'organizations of one date add', dataset: organizations({}, { country: 'UZB', count: 4 }), expected: sum(14, 2) },
  { description: 'delegates of one event add', dataset: delegates({}, { country: 'UZB', delegates: 3 }), id: 'delegates', expected: sum(13, 2) },
  { description: 'a count indicator of one year adds across countries', dataset: indicators({}, { country: 'UZB', value: 5 }), id: 'value', expected: sum(15, 2) },
  { description: 'events are separate happenings and add (their key has no country)',
    dataset: events({}, { event_id: 'e2', host_country: 'UZB', delegates: 7 }), id: 'delegates', expected: sum(17, 2) },

  // Not added: the rows disagree on another key column.
  { description: 'two years of one country', dataset: placements(p(), p({ year: 2022 })), expected: mixed(['year', 2]) },
  { description: 'three years of several countries', dataset: placements(p(), p({ country: 'UZB', year: 2022 }), p({ year: 2021 })), expected: mixed(['year', 3]) },
  { description: 'a total beside its parts', dataset: placements(p({ type: 'total' }), p({ type: 'national' }), p({ type: 'international' })),
    expected: mixed(['type', 3, true]) },
  { description: 'national and international: two types, no total', dataset: placements(p(), p({ country: 'UZB', type: 'international' })),
    expected: mixed(['type', 2]) },
  { description: 'two ways of counting', dataset: placements(p(), p({ perspective: 'nationality' })), expected: mixed(['perspective', 2]) },
  { description: 'a goal and the same goal with another', dataset: placements(p({ sdg: [4] }), p({ country: 'UZB', sdg: [1, 4] })), expected: mixed(['sdg', 2]) },
  { description: 'rows not split by goal beside a goal', dataset: placements(p(), p({ country: 'UZB', sdg: [4] })), expected: mixed(['sdg', 2]) },
  { description: 'every reason at once, in key order',
    dataset: placements(p({ type: 'total' }), p({ year: 2022, perspective: 'nationality' }), p({ sdg: [3] })),
    expected: mixed(['year', 2], ['perspective', 2], ['type', 2, true], ['sdg', 2]) },
  { description: 'two dates of organizations', dataset: organizations({}, { date: '2023-06' }, { country: 'UZB', date: '2022-12' }), expected: mixed(['date', 3]) },
  { description: 'two events of delegates', dataset: delegates({}, { event_id: 'rally-2025', country: 'UZB' }), id: 'delegates', expected: mixed(['event_id', 2]) },
  { description: 'percentages are never added, even of one indicator and one year',
    dataset: indicators({ indicator: 'Volunteer rate', unit: 'percent', value: 12.5 }, { indicator: 'Volunteer rate', unit: 'percent', country: 'UZB', value: 9 }), id: 'value',
    expected: { kind: 'notAddable', mixes: [{ columnId: 'unit', values: 1, totalWithParts: false, rates: true }] } },
  { description: 'two indicators are never added together', dataset: indicators({}, { indicator: 'Volunteer hours', country: 'UZB' }), id: 'value',
    expected: mixed(['indicator', 2]) },
  { description: 'mixed rows say why even when none has a figure', dataset: placements(p({ count: null }), p({ year: 2022, count: null })), expected: mixed(['year', 2]) },
];

describe('sumRows: which rows add', () => {
  it.each(CASES)('$description', ({ dataset, id = 'count', expected }) => {
    const sums = totals(dataset);
    expect(sumState(sums, id)).toEqual(expected);
    if (expected.kind === 'notAddable') expect(sums.sums[id]).toBeNaN();
  });
});
