import { describe, expect, it } from 'vitest';
import { countryValues, type CountryValuesOptions } from '../../src/transforms/countryValues';
import { makeDataset } from './makeDataset';

const placements = makeDataset('placements', [
  { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', count: 12840, source: 'UNV AR 2023' },
  { year: 2023, country: 'UNV-AP', perspective: 'duty_station', type: 'total', count: 1931 },
  { year: 2022, country: 'KAZ', perspective: 'nationality', type: 'total', count: 73, source: 'Astana Times', source_url: 'https://astanatimes.com/x' },
  { year: 2022, country: 'KAZ', perspective: 'nationality', type: 'national', count: 56 },
  { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'national', count: 65 },
  { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'total', count: 70, qualifier: 'at_least', status: 'illustrative' },
  { year: 2021, country: 'KAZ', perspective: 'duty_station', type: 'total', count: 60 },
  { year: 2023, country: 'UZB', perspective: 'duty_station', type: 'total', count: 40 },
  { year: 2023, country: 'UZB', perspective: 'duty_station', type: 'total', count: 30, sdg: '4|5', status: 'illustrative' },
  { year: 2023, country: 'UZB', perspective: 'duty_station', type: 'total', count: 5, sdg: '4', status: 'illustrative' },
]);

function values(options: CountryValuesOptions) {
  return Object.fromEntries([...countryValues(placements, options)].map(([k, v]) => [k, v.value]));
}

describe('countryValues: placements', () => {
  it('never includes WLD or UNV regions beside countries', () => {
    const map = countryValues(placements, { metric: 'placements', perspective: 'duty_station' });
    expect([...map.keys()].sort()).toEqual(['KAZ', 'UZB']);
  });

  it.each([
    { description: 'latest year per country, untagged rows only', options: { perspective: 'duty_station' }, expected: { KAZ: 70, UZB: 40 } },
    { description: 'a given year', options: { perspective: 'duty_station', year: 2021 }, expected: { KAZ: 60 } },
    { description: 'nationality is kept apart from duty station', options: { perspective: 'nationality' }, expected: { KAZ: 73 } },
    { description: 'type national', options: { perspective: 'duty_station', type: 'national' }, expected: { KAZ: 65 } },
    { description: 'a goal counts every row tagged with it', options: { perspective: 'duty_station', goal: 4 }, expected: { UZB: 35 } },
    { description: 'a goal counts multi-goal rows too', options: { perspective: 'duty_station', goal: 5 }, expected: { UZB: 30 } },
  ] as const)('$description', ({ options, expected }) => {
    expect(values({ metric: 'placements', ...options })).toEqual(expected);
  });

  it('carries qualifier, status, date and source through', () => {
    const kaz = countryValues(placements, { metric: 'placements', perspective: 'duty_station' }).get('KAZ');
    expect(kaz).toMatchObject({ value: 70, qualifier: 'at_least', status: 'illustrative', date: '2023', tookPart: false });
    const nat = countryValues(placements, { metric: 'placements', perspective: 'nationality' }).get('KAZ');
    expect(nat).toMatchObject({ source: 'Astana Times', sourceUrl: 'https://astanatimes.com/x', status: 'reported', qualifier: 'exact', date: '2022' });
  });

  it('a goal sum of illustrative rows stays illustrative', () => {
    const uzb = countryValues(placements, { metric: 'placements', perspective: 'duty_station', goal: 4 }).get('UZB');
    expect(uzb?.status).toBe('illustrative');
  });

  it('respects pre-filtered rows', () => {
    expect(values({ metric: 'placements', perspective: 'duty_station', rows: Int32Array.of(6, 7) })).toEqual({ KAZ: 60, UZB: 40 });
  });

  it('works when year is stored as text', () => {
    const rows = [
      { year: '2021', country: 'KAZ', perspective: 'duty_station', type: 'total', count: 1 },
      { year: '2023', country: 'KAZ', perspective: 'duty_station', type: 'total', count: 2 },
    ];
    const ds = makeDataset('placements', rows, { yearAsText: true });
    expect(countryValues(ds, { metric: 'placements', perspective: 'duty_station' }).get('KAZ')?.value).toBe(2);
  });
});

describe('countryValues: delegates', () => {
  const delegates = makeDataset('delegates', [
    { event_id: 'rally-2024', country: 'KAZ', delegates: 300, qualifier: 'approx', status: 'illustrative' },
    { event_id: 'rally-2024', country: 'AZE', delegates: null, source: 'Kazinform' },
    { event_id: 'rally-2024', country: 'WLD', delegates: 450 },
    { event_id: 'forum-2023', country: 'UZB', delegates: 12 },
  ]);

  it('a row without a count means the country took part', () => {
    const map = countryValues(delegates, { metric: 'delegates', event: 'rally-2024' });
    expect([...map.keys()].sort()).toEqual(['AZE', 'KAZ']);
    expect(map.get('AZE')).toMatchObject({ value: null, tookPart: true, source: 'Kazinform', status: 'reported' });
    expect(map.get('KAZ')).toMatchObject({ value: 300, qualifier: 'approx', status: 'illustrative', tookPart: true });
  });

  it('needs an event', () => {
    expect(() => countryValues(delegates, { metric: 'delegates' })).toThrow(/event/);
  });
});

describe('countryValues: organizations', () => {
  const orgs = makeDataset('organizations', [
    { country: 'KAZ', date: '2019', count: 50, qualifier: 'at_least' },
    { country: 'KAZ', date: '2022-12', count: 700, qualifier: 'approx' },
    { country: 'KAZ', date: '2023-06', count: 680 },
    { country: 'KAZ', date: '2024-10', count: 740, qualifier: 'at_least' },
  ]);

  it('takes the latest date', () => {
    expect(countryValues(orgs, { metric: 'organizations' }).get('KAZ')).toMatchObject({ value: 740, date: '2024-10', qualifier: 'at_least' });
  });

  it('takes the latest date within a year', () => {
    expect(countryValues(orgs, { metric: 'organizations', year: 2022 }).get('KAZ')).toMatchObject({ value: 700, date: '2022-12' });
  });
});

describe('countryValues: options', () => {
  it.each([
    ['an unknown option', { metric: 'placements', perspective: 'duty_station', years: 2020 }],
    ['an option of another metric', { metric: 'placements', perspective: 'duty_station', event: 'x' }],
    ['no perspective for placements', { metric: 'placements' }],
    ['an unknown perspective', { metric: 'placements', perspective: 'host' }],
    ['an unknown type', { metric: 'placements', perspective: 'duty_station', type: 'all' }],
    ['an unknown metric', { metric: 'volunteers' }],
    ['a metric that does not match the dataset', { metric: 'organizations' }],
    ['a goal outside 1-17', { metric: 'placements', perspective: 'duty_station', goal: 0 }],
  ])('throws on %s', (_label, options) => {
    expect(() => countryValues(placements, options as unknown as CountryValuesOptions)).toThrow(/countryValues/);
  });
});
