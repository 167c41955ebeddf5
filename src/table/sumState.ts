// What a sum says: a qualified figure (and how many of its parts had no figure), or why there is none.
import type { Qualifier } from '../data/types';
import type { ColumnSums } from './engine/sumRows';

export type SumState =
  | { readonly kind: 'sum'; readonly value: number; readonly qualifier: Qualifier; readonly missing: number }
  /** Rows were counted but none of them has a figure in this column. */
  | { readonly kind: 'notPublished' }
  /** Only world or regional rows, which are never added to countries (or to each other). */
  | { readonly kind: 'notAdded' }
  /** No rows at all. */
  | { readonly kind: 'empty' };

export function sumState(sums: ColumnSums, id: string): SumState {
  if (sums.counted === 0) return sums.aggregatesExcluded > 0 ? { kind: 'notAdded' } : { kind: 'empty' };
  const value = sums.sums[id];
  if (value === undefined) return { kind: 'empty' };
  if (Number.isNaN(value)) return { kind: 'notPublished' };
  return { kind: 'sum', value, qualifier: sums.qualifiers[id] ?? 'exact', missing: sums.missing[id] ?? 0 };
}
