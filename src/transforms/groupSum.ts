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
  const sums = new Float64Array(keys.length);
  const valued = new Int32Array(keys.length);
  const counts = new Int32Array(keys.length);
  const codes = group.codes;
  if (rowIndices) {
    for (let i = 0; i < rowIndices.length; i++) {
      const r = rowIndices[i]!;
      const c = codes[r]!;
      if (c < 0) continue;
      const g = groupOf[c]!;
      const v = values[r]!;
      counts[g]!++;
      if (v === v) {
        sums[g]! += v;
        valued[g]!++;
      }
    }
  } else {
    for (let r = 0; r < ds.rowCount; r++) {
      const c = codes[r]!;
      if (c < 0) continue;
      const g = groupOf[c]!;
      const v = values[r]!;
      counts[g]!++;
      if (v === v) {
        sums[g]! += v;
        valued[g]!++;
      }
    }
  }
  const out: GroupSumRow[] = [];
  keys.forEach((key, g) => {
    if (counts[g]! > 0) out.push({ key, sum: valued[g]! > 0 ? sums[g]! : null, rows: counts[g]! });
  });
  return out;
}
