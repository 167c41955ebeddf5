// Multi-column sort of row indices on typed key arrays. Missing values sort last in both directions; ties keep row order.
import type { SortingState } from '@tanstack/table-core';
import type { Lookups } from '../lookups';
import { sortKeys } from './sortKeys';

interface ResolvedSort {
  readonly keys: Float64Array;
  readonly sign: number;
}

/** Compares two keys ascending with NaN (missing) last, whatever the direction. */
function compareKeys(a: number, b: number, sign: number): number {
  if (a === b) return 0;
  if (a !== a) return b !== b ? 0 : 1;
  if (b !== b) return -1;
  return a < b ? -sign : sign;
}

export type KeyCache = Map<string, Float64Array | null>;

/** Returns a new array of the given indices in sort order; `order` is left untouched. */
export function sortRows(lookups: Lookups, order: Int32Array, sorting: SortingState, cache: KeyCache = new Map()): Int32Array {
  const resolved: ResolvedSort[] = [];
  for (const entry of sorting) {
    if (!cache.has(entry.id)) cache.set(entry.id, sortKeys(lookups, entry.id));
    const keys = cache.get(entry.id);
    if (keys) resolved.push({ keys, sign: entry.desc ? -1 : 1 });
  }
  const out = order.slice();
  if (resolved.length === 0) return out;
  if (resolved.length === 1) {
    const { keys, sign } = resolved[0]!;
    return out.sort((a, b) => compareKeys(keys[a]!, keys[b]!, sign) || a - b);
  }
  return out.sort((a, b) => {
    for (const { keys, sign } of resolved) {
      const c = compareKeys(keys[a]!, keys[b]!, sign);
      if (c !== 0) return c;
    }
    return a - b;
  });
}
