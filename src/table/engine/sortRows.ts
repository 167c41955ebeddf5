// Multi-column sort of row indices: one stable counting-sort pass per sort column, last column first (LSD).
// Missing values sort last in both directions; full ties keep the incoming (row) order.
import type { SortingState } from '@tanstack/table-core';
import type { Lookups } from '../lookups';
import { rankKeys, type RankKeys } from './rankKeys';

/** Rank keys per column id, valid for one Lookups; reuse it across sorts to skip rebuilding keys. */
export type KeyCache = Map<string, RankKeys | null>;

function countingPass(order: Int32Array, keys: RankKeys, desc: boolean, out: Int32Array): void {
  const { ranks, size } = keys;
  // Buckets 0..size-1 hold values, bucket `size` holds missing values.
  const starts = new Int32Array(size + 2);
  for (let k = 0; k < order.length; k++) {
    const r = ranks[order[k]!]!;
    starts[(r < 0 ? size : desc ? size - 1 - r : r) + 1]!++;
  }
  for (let b = 1; b < starts.length; b++) starts[b]! += starts[b - 1]!;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    const r = ranks[i]!;
    out[starts[r < 0 ? size : desc ? size - 1 - r : r]!++] = i;
  }
}

/** Returns a new array of the given indices in sort order; `order` is left untouched. */
export function sortRows(lookups: Lookups, order: Int32Array, sorting: SortingState, cache: KeyCache = new Map()): Int32Array {
  let current = order.slice();
  let spare = new Int32Array(order.length);
  for (let s = sorting.length - 1; s >= 0; s--) {
    const { id, desc } = sorting[s]!;
    if (!cache.has(id)) cache.set(id, rankKeys(lookups, id));
    const keys = cache.get(id);
    if (!keys) continue;
    countingPass(current, keys, desc, spare);
    [current, spare] = [spare, current];
  }
  return current;
}
