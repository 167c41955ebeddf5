// The benchmark's aggregate: group-by-country sum of `count` over the whole loaded dataset,
// through the same transform the views use (src/transforms/groupSum.ts).
import type { Dataset } from '../../src/data/types';
import { groupSum, type GroupSumRow } from '../../src/transforms/groupSum';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export function sumByCountry(dataset: Dataset): GroupSumRow[] {
  return groupSum(dataset, 'country', 'count');
}

/** Median milliseconds of `runs` timed runs after `warmup` untimed ones (so the JIT has compiled the loop). */
export function timeAggregate(dataset: Dataset, runs = 21, warmup = 5): { ms: number; groups: number } {
  let groups = 0;
  for (let i = 0; i < warmup; i++) groups = sumByCountry(dataset).length;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    groups = sumByCountry(dataset).length;
    times.push(performance.now() - start);
  }
  return { ms: median(times), groups };
}
