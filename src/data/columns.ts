// Reading single values out of a columnar Dataset, for tests, tables and tooltips.
import type { CodeColumn, Column, NumberColumn } from './types';

/** The number at row i, NaN when missing (or when the column is not numeric). */
export function numberAt(column: Column | undefined, i: number): number {
  return column?.type === 'number' ? (column as NumberColumn).values[i] ?? NaN : NaN;
}

/** The string at row i of a code column, null when missing. */
export function codeAt(column: Column | undefined, i: number): string | null {
  if (column?.type !== 'code') return null;
  const code = (column as CodeColumn).codes[i] ?? -1;
  return code < 0 ? null : (column.dictionary[code] ?? null);
}

/** The goal mask at row i of a goals column (0 = none). */
export function maskAt(column: Column | undefined, i: number): number {
  return column?.type === 'goals' ? (column.masks[i] ?? 0) : 0;
}

/** Goals in a bitmask (bit g-1 = goal g), ascending: 0b1000 -> [4]. */
export function goalsAt(mask: number): number[] {
  const goals: number[] = [];
  for (let g = 1; g <= 17; g++) if (mask & (1 << (g - 1))) goals.push(g);
  return goals;
}

/** A bitmask from goal numbers: [4, 5] -> 0b11000. */
export function goalsMask(goals: readonly number[]): number {
  let mask = 0;
  for (const g of goals) mask |= 1 << (g - 1);
  return mask >>> 0;
}
