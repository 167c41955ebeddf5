// Small integer sort keys per row, so sorting is a few linear counting-sort passes instead of a comparator sort.
import type { Lookups } from '../lookups';
import { numberSpan } from './numberSpan';

export interface RankKeys {
  /** Order-preserving rank of each row's value, 0..size-1; -1 = missing. */
  readonly ranks: Int32Array;
  readonly size: number;
}

/** Integer columns with a modest range rank by value - min; anything else by dense rank of the distinct values. */
const DIRECT_RANGE = 1 << 22;

function numberRanks(values: Float64Array): RankKeys {
  const n = values.length;
  const { min, max, integers } = numberSpan(values);
  const ranks = new Int32Array(n);
  if (min === Infinity) return { ranks: ranks.fill(-1), size: 0 };
  if (integers && max - min < DIRECT_RANGE) {
    for (let i = 0; i < n; i++) { const v = values[i]!; ranks[i] = v === v ? v - min : -1; }
    return { ranks, size: max - min + 1 };
  }
  const sorted = Float64Array.from(values).sort(); // NaN sorts last
  let distinct = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i]!;
    if (v !== v) break;
    if (distinct === 0 || sorted[distinct - 1] !== v) sorted[distinct++] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v !== v) { ranks[i] = -1; continue; }
    let lo = 0, hi = distinct - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid]! < v) lo = mid + 1; else hi = mid; }
    ranks[i] = lo;
  }
  return { ranks, size: distinct };
}

export function rankKeys(lookups: Lookups, id: string): RankKeys | null {
  const column = lookups.columns[id];
  if (!column) return null;
  if (column.type === 'number') return numberRanks(column.values);
  const n = column.type === 'goals' ? column.masks.length : column.codes.length;
  const ranks = new Int32Array(n);
  if (column.type === 'goals') {
    for (let i = 0; i < n; i++) { const m = column.masks[i]!; ranks[i] = m === 0 ? -1 : 31 - Math.clz32(m & -m); }
    return { ranks, size: 32 };
  }
  const rank = lookups.codes[id]?.rank;
  for (let i = 0; i < n; i++) { const c = column.codes[i]!; ranks[i] = c < 0 ? -1 : rank ? rank[c]! : c; }
  return { ranks, size: column.dictionary.length };
}
