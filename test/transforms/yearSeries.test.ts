import { describe, expect, it } from 'vitest';
import { yearSeries, type YearSeriesOptions } from '../../src/transforms/yearSeries';
import { makeDataset } from './makeDataset';

const rows = [
  { year: 2018, country: 'WLD', perspective: 'duty_station', type: 'total', count: 7201, source: 'UN HLPF' },
  { year: 2019, country: 'WLD', perspective: 'duty_station', type: 'total', count: 8282 },
  { year: 2020, country: 'WLD', perspective: 'duty_station', type: 'total', count: 9459 },
  { year: 2021, country: 'WLD', perspective: 'duty_station', type: 'total', count: 10921 },
  { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', count: 12840 },
  { year: 2024, country: 'WLD', perspective: 'duty_station', type: 'total', count: 15000, qualifier: 'approx', source: 'unv.org' },
  { year: 2019, country: 'WLD', perspective: 'duty_station', type: 'national', count: 3917 },
  { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', count: 500, sdg: '4|13' },
  { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'total', count: 65 },
  { year: 2022, country: 'KAZ', perspective: 'nationality', type: 'total', count: 73 },
];
const ds = makeDataset('placements', rows);
const wld: YearSeriesOptions = { country: 'WLD', perspective: 'duty_station' };

describe('yearSeries', () => {
  it('covers every year in range and leaves 2022 as a gap, never interpolated', () => {
    expect(yearSeries(ds, wld).map((p) => [p.year, p.value])).toEqual([
      [2018, 7201],
      [2019, 8282],
      [2020, 9459],
      [2021, 10921],
      [2022, null],
      [2023, 12840],
      [2024, 15000],
    ]);
    expect(yearSeries(ds, wld).find((p) => p.year === 2022)?.figure).toBeNull();
  });

  it('carries qualifier and source of each point', () => {
    const last = yearSeries(ds, wld).at(-1);
    expect(last?.figure).toMatchObject({ qualifier: 'approx', source: 'unv.org', date: '2024', status: 'reported' });
  });

  it('extends to a requested range with gaps at both ends', () => {
    expect(yearSeries(ds, { ...wld, from: 2016, to: 2019 }).map((p) => p.value)).toEqual([null, null, 7201, 8282]);
  });

  it('works when year is stored as text', () => {
    const text = makeDataset('placements', rows.map((r) => ({ ...r, year: String(r.year) })), { yearAsText: true });
    expect(yearSeries(text, wld).map((p) => p.value)).toEqual(yearSeries(ds, wld).map((p) => p.value));
  });

  it.each([
    { description: 'type national', options: { ...wld, type: 'national' }, expected: [[2019, 3917]] },
    { description: 'a goal', options: { ...wld, goal: 13 }, expected: [[2023, 500]] },
    { description: 'a country, one perspective', options: { country: 'KAZ', perspective: 'nationality' }, expected: [[2022, 73]] },
    { description: 'no rows', options: { country: 'FRA', perspective: 'duty_station' }, expected: [] },
  ] as const)('$description', ({ options, expected }) => {
    expect(yearSeries(ds, options as YearSeriesOptions).map((p) => [p.year, p.value])).toEqual(expected);
  });

  it.each([
    ['an unknown option', { ...wld, interpolate: true }],
    ['no country', { perspective: 'duty_station' }],
    ['no perspective', { country: 'WLD' }],
    ['from after to', { ...wld, from: 2024, to: 2020 }],
  ])('throws on %s', (_label, options) => {
    expect(() => yearSeries(ds, options as unknown as YearSeriesOptions)).toThrow(/yearSeries/);
  });
});
