// Times recomputing every view's data from a placements dataset after a filter change.
// H3's test/bench/run.ts calls bench() with the loaded 1M-row dataset.
import type { Dataset, RowStatus } from '../../src/data/types';
import { countryValues } from '../../src/transforms/countryValues';
import { filterRows, type RowFilter } from '../../src/transforms/filterRows';
import { nationalVsInternational } from '../../src/transforms/nationalVsInternational';
import { rankCountries } from '../../src/transforms/rankCountries';
import { sdgTotals } from '../../src/transforms/sdgTotals';
import { yearSeries } from '../../src/transforms/yearSeries';
import { rowYears } from '../../src/transforms/years';

/**
 * Everything the views derive from placements once the shared filter changes: map + ranking,
 * national/international bars, the world line, SDG bars. (groupSum is timed by test/bench/aggregate.ts.)
 */
export function recomputeViews(ds: Dataset, filter: RowFilter, year: number): number {
  const rows = filterRows(ds, filter);
  const map = countryValues(ds, { metric: 'placements', perspective: 'duty_station', rows });
  const ranking = rankCountries(map, 10);
  const split = nationalVsInternational(ds, { year, perspective: 'duty_station', rows });
  const world = yearSeries(ds, { country: 'WLD', perspective: 'duty_station', rows });
  const goals = sdgTotals(ds, { perspective: 'duty_station', rows });
  // Returned so the work cannot be optimised away.
  return rows.length + map.size + ranking.top.length + split.length + world.length + goals.goals.length;
}

function yearRange(ds: Dataset): [number, number] {
  const years = rowYears(ds, 'year');
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < years.length; i++) {
    const y = years[i]!;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  return lo <= hi ? [lo, hi] : [2000, 2000];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export async function bench(dataset: Dataset): Promise<Record<string, number>> {
  const [lo, hi] = yearRange(dataset);
  const reported = new Set<RowStatus>(['reported']);
  const filters: RowFilter[] = [
    { years: [lo, hi] },
    { years: [Math.min(hi, lo + 2), hi] },
    { years: [lo, hi], statuses: reported },
    { years: [lo, Math.max(lo, hi - 3)] },
    {},
  ];
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let sink = 0;
  for (let i = 0; i < 25; i++) {
    const filter = filters[i % filters.length]!;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    sink += recomputeViews(dataset, filter, hi);
    const cpu = process.cpuUsage(c0);
    const ms = performance.now() - t0;
    // First rounds warm the JIT and build the per-dataset row buckets.
    if (i >= 5) {
      times.push(ms);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
    }
    await Promise.resolve();
  }
  if (sink < 0) throw new Error('unreachable');
  const round = (x: number) => Math.round(x * 100) / 100;
  // CPU time is reported too: on a shared machine wall time also measures the neighbours.
  return { viewsMs: round(median(times)), viewsCpuMs: round(median(cpuTimes)) };
}
