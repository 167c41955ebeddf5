import { describe, expect, it } from 'vitest';
import { nationalVsInternational, type NationalInternationalOptions } from '../../src/transforms/nationalVsInternational';
import { makeDataset } from './makeDataset';

const ds = makeDataset('placements', [
  // KAZ nationality 2022: total and national published -> international derived
  { year: 2022, country: 'KAZ', perspective: 'nationality', type: 'total', count: 73, source: 'Astana Times' },
  { year: 2022, country: 'KAZ', perspective: 'nationality', type: 'national', count: 56, source: 'Astana Times' },
  // KAZ duty station 2022: only national published -> nothing derived
  { year: 2022, country: 'KAZ', perspective: 'duty_station', type: 'national', count: 65, source: 'UN RC' },
  // UZB duty station 2022: both segments published
  { year: 2022, country: 'UZB', perspective: 'duty_station', type: 'national', count: 20 },
  { year: 2022, country: 'UZB', perspective: 'duty_station', type: 'international', count: 80, status: 'illustrative' },
  // KGZ: total and international (approx) -> national derived as approx
  { year: 2022, country: 'KGZ', perspective: 'duty_station', type: 'total', count: 50 },
  { year: 2022, country: 'KGZ', perspective: 'duty_station', type: 'international', count: 10, qualifier: 'approx' },
  // SDG-tagged rows never add to the segments
  { year: 2022, country: 'UZB', perspective: 'duty_station', type: 'national', count: 999, sdg: '4|5' },
  { year: 2022, country: 'WLD', perspective: 'duty_station', type: 'national', count: 8027 },
  { year: 2022, country: 'WLD', perspective: 'duty_station', type: 'international', count: 3350 },
  { year: 2021, country: 'UZB', perspective: 'duty_station', type: 'national', count: 1 },
]);

const run = (o: Partial<NationalInternationalOptions>) =>
  nationalVsInternational(ds, { year: 2022, perspective: 'duty_station', ...o } as NationalInternationalOptions);

describe('nationalVsInternational', () => {
  it('keeps countries only, sorted by size, and never counts tagged rows or other years', () => {
    const rows = run({});
    expect(rows.map((r) => [r.code, r.national?.value ?? null, r.international?.value ?? null, r.total?.value ?? null])).toEqual([
      ['UZB', 20, 80, null],
      ['KAZ', 65, null, null],
      ['KGZ', 40, 10, 50],
    ]);
  });

  it('derives the missing segment as total minus the other and marks it', () => {
    const [kaz] = run({ perspective: 'nationality' });
    expect(kaz).toMatchObject({ code: 'KAZ', derived: 'international' });
    expect(kaz?.international).toMatchObject({ value: 17, status: 'derived', qualifier: 'exact', source: 'Astana Times', date: '2022' });
    expect(kaz?.national).toMatchObject({ value: 56, status: 'reported' });
  });

  it('a derivation from an approximate figure is approximate', () => {
    const kgz = run({}).find((r) => r.code === 'KGZ');
    expect(kgz).toMatchObject({ derived: 'national', national: { value: 40, qualifier: 'approx', status: 'derived' } });
  });

  it('does not derive when only one figure was published', () => {
    const kaz = run({}).find((r) => r.code === 'KAZ');
    expect(kaz).toMatchObject({ derived: null, international: null, total: null });
  });

  it('duty station and nationality never mix', () => {
    expect(run({ perspective: 'nationality' }).map((r) => r.code)).toEqual(['KAZ']);
    expect(run({}).find((r) => r.code === 'KAZ')?.national?.value).toBe(65);
  });

  it('aggregates come only on request, never with countries', () => {
    expect(run({ scope: 'aggregates' }).map((r) => [r.code, r.national?.value, r.international?.value])).toEqual([['WLD', 8027, 3350]]);
  });

  it('keeps statuses of published segments', () => {
    expect(run({}).find((r) => r.code === 'UZB')?.international?.status).toBe('illustrative');
  });

  it.each([
    ['an unknown option', { type: 'total' }],
    ['a missing year', { year: undefined }],
    ['an unknown perspective', { perspective: 'both' }],
    ['an unknown scope', { scope: 'all' }],
  ])('throws on %s', (_label, o) => {
    expect(() => run(o as Partial<NationalInternationalOptions>)).toThrow(/nationalVsInternational/);
  });
});
