import { describe, expect, it } from 'vitest';
import { sdgTotals, type SdgTotalsOptions } from '../../src/transforms/sdgTotals';
import { makeDataset } from './makeDataset';

const base = { perspective: 'duty_station', type: 'total' } as const;
const ds = makeDataset('placements', [
  { ...base, year: 2023, country: 'KAZ', sdg: '4|5', count: 10, status: 'illustrative', source: 'demo' },
  { ...base, year: 2023, country: 'KAZ', sdg: '4', count: 3, qualifier: 'approx', status: 'illustrative', source: 'demo' },
  { ...base, year: 2023, country: 'UZB', sdg: '13', count: 7, status: 'reported', source: 'UNV' },
  { ...base, year: 2023, country: 'WLD', sdg: '4', count: 1000 },
  { ...base, year: 2023, country: 'UZB', count: 99 },
  { ...base, year: 2021, country: 'KAZ', sdg: '1', count: 2 },
  { year: 2023, country: 'KAZ', perspective: 'nationality', type: 'total', sdg: '4', count: 500 },
  { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'national', sdg: '4', count: 400 },
]);

const values = (o: Partial<SdgTotalsOptions> = {}) => sdgTotals(ds, { perspective: 'duty_station', ...o }).goals.map((g) => g.value);

describe('sdgTotals', () => {
  it('always returns 17 goals; untouched goals are null, not 0', () => {
    const { goals } = sdgTotals(ds, { perspective: 'duty_station' });
    expect(goals.map((g) => g.goal)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(goals[1]).toMatchObject({ goal: 2, value: null, rows: 0 });
  });

  it('a row tagged with several goals counts under each; aggregates, untagged rows and other perspectives stay out', () => {
    const v = values();
    expect([v[3], v[4], v[12], v[0]]).toEqual([13, 10, 7, null]);
  });

  it('picks the latest year with tagged rows unless a year is given', () => {
    expect(sdgTotals(ds, { perspective: 'duty_station' }).year).toBe(2023);
    const y2021 = sdgTotals(ds, { perspective: 'duty_station', year: 2021 });
    expect(y2021.year).toBe(2021);
    expect(y2021.goals[0]?.value).toBe(2);
    expect(y2021.goals[3]?.value).toBeNull();
  });

  it('one country, or one aggregate on its own', () => {
    expect(values({ country: 'UZB' })[12]).toBe(7);
    expect(values({ country: 'UZB' })[3]).toBeNull();
    expect(values({ country: 'WLD' })[3]).toBe(1000);
  });

  it('reports the status mix, qualifier and source of each goal', () => {
    const goal4 = sdgTotals(ds, { perspective: 'duty_station' }).goals[3];
    expect(goal4).toMatchObject({ rows: 2, statuses: { reported: 0, derived: 0, illustrative: 2 }, qualifier: 'approx', source: 'demo' });
  });

  it('type national is separate from total', () => {
    expect(values({ type: 'national' })[3]).toBe(400);
  });

  it('no year when nothing is tagged', () => {
    const plain = makeDataset('placements', [{ ...base, year: 2023, country: 'KAZ', count: 1 }]);
    expect(sdgTotals(plain, { perspective: 'duty_station' }).year).toBeNull();
  });

  it.each([
    ['an unknown option', { perspective: 'duty_station', goal: 4 }],
    ['no perspective', {}],
    ['a fractional year', { perspective: 'duty_station', year: 2023.5 }],
  ])('throws on %s', (_label, o) => {
    expect(() => sdgTotals(ds, o as SdgTotalsOptions)).toThrow(/sdgTotals/);
  });
});
