import { describe, expect, it } from 'vitest';
import { filterRows, type RowFilter } from '../../src/transforms/filterRows';
import { makeDataset } from './makeDataset';

const placements = makeDataset('placements', [
  { year: 2019, country: 'KAZ', perspective: 'duty_station', type: 'total', count: 10, status: 'reported' },
  { year: 2021, country: 'KAZ', perspective: 'nationality', type: 'national', count: 5, status: 'illustrative', sdg: '4|5' },
  { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', count: 12840, status: 'reported', sdg: '13' },
  { year: 2023, country: 'UZB', perspective: 'duty_station', type: 'international', count: 3, status: 'derived' },
  { year: null, country: 'UZB', perspective: 'duty_station', type: 'total', count: 3, status: 'reported' },
]);

const cases: { description: string; filter: RowFilter; expected: number[] }[] = [
  { description: 'empty filter keeps every row', filter: {}, expected: [0, 1, 2, 3, 4] },
  { description: 'year range is inclusive; rows without a year drop out', filter: { years: [2021, 2023] }, expected: [1, 2, 3] },
  { description: 'countries', filter: { countries: new Set(['UZB']) }, expected: [3, 4] },
  { description: 'statuses', filter: { statuses: new Set(['reported', 'derived'] as const) }, expected: [0, 2, 3, 4] },
  { description: 'perspective', filter: { perspectives: new Set(['nationality'] as const) }, expected: [1] },
  { description: 'types', filter: { types: new Set(['total'] as const) }, expected: [0, 2, 4] },
  { description: 'goals match any tagged goal', filter: { goals: new Set([5, 13]) }, expected: [1, 2] },
  { description: 'filters combine with AND', filter: { years: [2023, 2023], countries: new Set(['UZB', 'WLD']), types: new Set(['total'] as const) }, expected: [2] },
  { description: 'a country missing from the data keeps nothing', filter: { countries: new Set(['FRA']) }, expected: [] },
];

describe('filterRows', () => {
  it.each(cases)('$description', ({ filter, expected }) => {
    expect([...filterRows(placements, filter)]).toEqual(expected);
  });

  it('reads years stored as text dates too', () => {
    const ds = makeDataset('organizations', [
      { country: 'KAZ', date: '2019', count: 50 },
      { country: 'KAZ', date: '2022-12', count: 700 },
      { country: 'KAZ', date: '2024-10', count: 740 },
    ]);
    expect([...filterRows(ds, { years: [2020, 2023] })]).toEqual([1]);
  });

  it('filters events by host country and id', () => {
    const ds = makeDataset('events', [
      { event_id: 'a', host_country: 'KAZ', start_date: '2024-10-03' },
      { event_id: 'b', host_country: 'UZB', start_date: '2022' },
    ]);
    expect([...filterRows(ds, { countries: new Set(['KAZ']) })]).toEqual([0]);
    expect([...filterRows(ds, { eventIds: new Set(['b']), years: [2022, 2022] })]).toEqual([1]);
  });

  it.each([
    ['an unknown option', { year: [2020, 2021] }],
    ['an unknown status', { statuses: new Set(['guessed']) }],
    ['an unknown perspective', { perspectives: new Set(['host']) }],
    ['a goal outside 1-17', { goals: new Set([18]) }],
    ['a reversed year range', { years: [2023, 2019] }],
  ])('throws on %s', (_label, filter) => {
    expect(() => filterRows(placements, filter as RowFilter)).toThrow(/filterRows/);
  });

  it('throws when asked for years of delegates rows, which carry no date', () => {
    const ds = makeDataset('delegates', [{ event_id: 'a', country: 'KAZ', delegates: 1 }]);
    expect(() => filterRows(ds, { years: [2020, 2024] })).toThrow(/no date/);
  });
});
