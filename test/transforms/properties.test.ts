// The fast paths (row buckets, shared row masks, code loops) must agree with a plain reading of the rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERSPECTIVES, PLACEMENT_TYPES } from '../../src/data/types';
import { countryValues } from '../../src/transforms/countryValues';
import { filterRows } from '../../src/transforms/filterRows';
import { nationalVsInternational } from '../../src/transforms/nationalVsInternational';
import { sdgTotals } from '../../src/transforms/sdgTotals';
import { yearSeries } from '../../src/transforms/yearSeries';
import { makeDataset } from './makeDataset';

const row = fc.record({
  year: fc.integer({ min: 2018, max: 2022 }),
  country: fc.constantFrom('KAZ', 'UZB', 'KGZ', 'WLD', 'UNV-AP'),
  perspective: fc.constantFrom(...PERSPECTIVES),
  type: fc.constantFrom(...PLACEMENT_TYPES),
  sdg: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: (1 << 17) - 1 })),
  count: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1000 })),
  status: fc.constantFrom('reported', 'derived', 'illustrative'),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;
const goalsOf = (mask: number) => Array.from({ length: 17 }, (_, i) => i + 1).filter((g) => mask & (1 << (g - 1)));
const toPlain = (rows: Row[]) => rows.map((r) => ({ ...r, sdg: goalsOf(r.sdg) }));
const sum = (rs: Row[]) => (rs.some((r) => r.count !== null) ? rs.reduce((s, r) => s + (r.count ?? 0), 0) : null);
const kept = (rows: Row[], from: number, to: number) => rows.filter((r) => r.year >= from && r.year <= to && r.status !== 'derived');

const world = fc.record({ rows: fc.array(row, { minLength: 1, maxLength: 60 }), from: fc.integer({ min: 2018, max: 2022 }), span: fc.nat(4) });

describe('transforms agree with a plain reading of the rows', () => {
  it('countryValues, nationalVsInternational, yearSeries, sdgTotals over filtered rows', () => {
    fc.assert(
      fc.property(world, ({ rows, from, span }) => {
        const to = from + span;
        const ds = makeDataset('placements', toPlain(rows));
        const filtered = filterRows(ds, { years: [from, to], statuses: new Set(['reported', 'illustrative'] as const) });
        const plain = kept(rows, from, to);
        expect(filtered.length).toBe(plain.length);

        const year = to;
        const inScope = (r: Row, p: string, t: string) => r.perspective === p && r.type === t && r.sdg === 0;
        // map, one given year: countries only, untagged rows of that perspective and type
        const map = countryValues(ds, { metric: 'placements', perspective: 'nationality', type: 'national', year, rows: filtered });
        for (const c of ['KAZ', 'UZB', 'KGZ']) {
          const rs = plain.filter((r) => r.country === c && r.year === year && inScope(r, 'nationality', 'national'));
          expect(map.get(c)?.value ?? null).toBe(rs.length ? sum(rs) : null);
        }
        expect(map.has('WLD') || map.has('UNV-AP')).toBe(false);

        // map, no year: each country's latest year in scope
        const latest = countryValues(ds, { metric: 'placements', perspective: 'duty_station', rows: filtered });
        for (const c of ['KAZ', 'UZB', 'KGZ']) {
          const rs = plain.filter((r) => r.country === c && inScope(r, 'duty_station', 'total'));
          const last = Math.max(...rs.map((r) => r.year));
          const atLast = rs.filter((r) => r.year === last);
          expect([latest.get(c)?.value ?? null, latest.get(c)?.date ?? null]).toEqual(rs.length ? [sum(atLast), String(last)] : [null, null]);
        }

        const nvi = nationalVsInternational(ds, { year, perspective: 'duty_station', rows: filtered });
        for (const line of nvi) {
          const rs = plain.filter((r) => r.country === line.code && r.year === year && inScope(r, 'duty_station', 'total'));
          expect(line.total?.value ?? null).toBe(rs.length ? sum(rs) : null);
        }

        const series = yearSeries(ds, { country: 'WLD', perspective: 'duty_station', rows: filtered });
        for (const p of series) {
          const rs = plain.filter((r) => r.country === 'WLD' && r.year === p.year && inScope(r, 'duty_station', 'total'));
          expect(p.value).toBe(rs.length ? sum(rs) : null);
        }

        const sdg = sdgTotals(ds, { perspective: 'duty_station', year, rows: filtered });
        for (const g of sdg.goals) {
          const rs = plain.filter(
            (r) => ['KAZ', 'UZB', 'KGZ'].includes(r.country) && r.year === year && r.perspective === 'duty_station' && r.type === 'total' && (r.sdg & (1 << (g.goal - 1))) !== 0,
          );
          expect([g.value, g.rows]).toEqual([rs.length ? sum(rs) : null, rs.length]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
