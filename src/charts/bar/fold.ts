// Ranks rows and folds everything after the top N into one "other" row; also computes the total.
import type { Qualifier, RowStatus } from '../../data/types';
import type { BarRow } from './types';

export interface Summed {
  /** Sum of the known values; null when none is known. */
  readonly value: number | null;
  /** exact only when every part is exact and known; a missing part makes the sum a lower bound. */
  readonly qualifier: Qualifier;
  readonly status: RowStatus;
  readonly count: number;
}

export interface Folded {
  readonly shown: readonly BarRow[];
  readonly other: Summed | null;
  readonly total: Summed;
}

const known = (v: number | null): v is number => v !== null && Number.isFinite(v);

// Numeric collation so "2 Zero Hunger" comes before "10 Reduced Inequalities".
const collator = new Intl.Collator('en', { numeric: true });

/** Largest first; rows without a value last; ties by label then key so the order is stable. */
export function rankRows(rows: readonly BarRow[]): BarRow[] {
  return [...rows].sort((a, b) => {
    const av = known(a.value) ? a.value : -Infinity;
    const bv = known(b.value) ? b.value : -Infinity;
    if (av !== bv) return bv - av;
    const byLabel = collator.compare(a.label, b.label);
    if (byLabel !== 0) return byLabel;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}

/** Adds rows up, carrying the weakest qualifier and the most cautious status. */
export function sumRows(rows: readonly BarRow[], baseStatus: RowStatus): Summed {
  let value: number | null = null;
  let approx = false;
  let lowerBound = false;
  let illustrative = false;
  for (const r of rows) {
    if (known(r.value)) value = (value ?? 0) + r.value;
    else lowerBound = true;
    if (r.qualifier === 'approx') approx = true;
    if (r.qualifier === 'at_least') lowerBound = true;
    if (r.status === 'illustrative') illustrative = true;
  }
  const qualifier: Qualifier = approx ? 'approx' : lowerBound ? 'at_least' : 'exact';
  const status: RowStatus = illustrative ? 'illustrative' : baseStatus;
  return { value, qualifier, status, count: rows.length };
}

/**
 * Top N rows plus any highlighted (selected) row ranked below them, the rest summed as "other" (never an
 * "other" of one row), and the total of all rows.
 */
export function foldTopN(rows: readonly BarRow[], topN: number): Folded {
  const ranked = rankRows(rows);
  const n = Math.max(1, Math.floor(topN));
  const rest = ranked.slice(n);
  const folded = rest.filter((r) => !r.highlighted);
  const fold = folded.length > 1;
  const shown = fold ? [...ranked.slice(0, n), ...rest.filter((r) => r.highlighted)] : ranked;
  const other = fold ? sumRows(folded, 'derived') : null;
  return { shown, other, total: sumRows(rows, 'derived') };
}
