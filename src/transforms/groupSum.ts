// Group-by sum over a code column: a tight loop over codes into a Float64Array, for 1M+ rows.
// Callers pre-filter rows so that only comparable figures are summed (one perspective, one type).
import type { Dataset } from '../data/types';
import { codeColumn, groupCodes, numberColumn } from './columns';

export interface GroupSumRow {
  readonly key: string;
  /** Sum of published values; null when every row in the group lacks a value. */
  readonly sum: number | null;
  /** Rows in the group, with or without a value. */
  readonly rows: number;
}

/** One entry per distinct value of `groupColumn` found in the rows; rows missing the group are skipped. */
export function groupSum(ds: Dataset, groupColumn: string, valueColumn: string, rowIndices?: Int32Array): GroupSumRow[] {
  const group = codeColumn(ds, groupColumn);
  const values = numberColumn(ds, valueColumn).values;
  const { groupOf, keys } = groupCodes(group);
  // Summed per dictionary code first, then folded into groups: the row loop does no group lookup, and counts
  // the rare rows without a value instead of the common ones with one.
  const n = group.dictionary.length;
  const sumsOf = new Float64Array(n);
  const rowsOf = new Int32Array(n);
  const blankOf = new Int32Array(n);
  const codes = group.codes;
  if (rowIndices) {
    for (let i = 0; i < rowIndices.length; i++) {
      const r = rowIndices[i]!;
      const c = codes[r]!;
      if (c < 0) continue;
      rowsOf[c]!++;
      const v = values[r]!;
      if (v === v) sumsOf[c]! += v;
      else blankOf[c]!++;
    }
  } else {
    const count = ds.rowCount;
    for (let r = 0; r < count; r++) {
      const c = codes[r]!;
      if (c < 0) continue;
      rowsOf[c]!++;
      const v = values[r]!;
      if (v === v) sumsOf[c]! += v;
      else blankOf[c]!++;
    }
  }
  const sums = new Float64Array(keys.length);
  const valued = new Int32Array(keys.length);
  const counts = new Int32Array(keys.length);
  for (let c = 0; c < n; c++) {
    if (rowsOf[c] === 0) continue;
    const g = groupOf[c]!;
    sums[g]! += sumsOf[c]!;
    counts[g]! += rowsOf[c]!;
    valued[g]! += rowsOf[c]! - blankOf[c]!;
  }
  const out: GroupSumRow[] = [];
  keys.forEach((key, g) => {
    if (counts[g]! > 0) out.push({ key, sum: valued[g]! > 0 ? sums[g]! : null, rows: counts[g]! });
  });
  return out;
}
