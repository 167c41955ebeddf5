// What a sum says: a qualified figure (and how many of its parts had no figure or are illustrative), or why there is none.
import type { Qualifier } from '../data/types';
import type { KeyMix } from './engine/keyMixes';
import type { ColumnSums } from './engine/sumRows';

export type SumState =
  | {
    readonly kind: 'sum'; readonly value: number; readonly qualifier: Qualifier;
    /** Counted rows without a figure. */
    readonly missing: number;
    /** Figures added (counted rows with a figure), and how many of them are illustrative. */
    readonly added: number;
    readonly illustrative: number;
    /** World or regional rows of the same set left out of the sum (they already include the countries). */
    readonly aggregatesExcluded: number;
  }
  /** Rows were counted but none of them has a figure in this column. */
  | { readonly kind: 'notPublished' }
  /** Only world or regional rows, which are never added to countries (or to each other). */
  | { readonly kind: 'notAdded' }
  /** Rows of several years, ways of counting, types...: adding them would count people twice. */
  | { readonly kind: 'notAddable'; readonly mixes: readonly KeyMix[] }
  /** No rows at all. */
  | { readonly kind: 'empty' };

export function sumState(sums: ColumnSums, id: string): SumState {
  if (sums.counted === 0) return sums.aggregatesExcluded > 0 ? { kind: 'notAdded' } : { kind: 'empty' };
  const value = sums.sums[id];
  if (value === undefined) return { kind: 'empty' };
  if (sums.mixes.length > 0) return { kind: 'notAddable', mixes: sums.mixes };
  if (Number.isNaN(value)) return { kind: 'notPublished' };
  const missing = sums.missing[id] ?? 0;
  return { kind: 'sum', value, qualifier: sums.qualifiers[id] ?? 'exact', missing, added: sums.counted - missing, illustrative: sums.illustrative[id] ?? 0, aggregatesExcluded: sums.aggregatesExcluded };
}
