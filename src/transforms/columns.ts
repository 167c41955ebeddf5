// Typed access to a Dataset's columns. Missing or mistyped columns throw: the loader guarantees
// canonical columns, so a miss here is a programming error, not bad data.
import type { CodeColumn, Column, Dataset, GoalsColumn, NumberColumn } from '../data/types';

function get(ds: Dataset, name: string): Column | undefined {
  return ds.columns[name];
}

export function codeColumn(ds: Dataset, name: string): CodeColumn {
  const col = get(ds, name);
  if (!col || col.type !== 'code') throw new Error(`${ds.kind} dataset "${ds.name}" has no text column "${name}"`);
  return col;
}

export function optionalCodeColumn(ds: Dataset, name: string): CodeColumn | null {
  const col = get(ds, name);
  if (!col) return null;
  if (col.type !== 'code') throw new Error(`${ds.kind} dataset "${ds.name}": column "${name}" is not text`);
  return col;
}

export function numberColumn(ds: Dataset, name: string): NumberColumn {
  const col = get(ds, name);
  if (!col || col.type !== 'number') throw new Error(`${ds.kind} dataset "${ds.name}" has no number column "${name}"`);
  return col;
}

export function optionalGoalsColumn(ds: Dataset): GoalsColumn | null {
  const col = get(ds, 'sdg');
  if (!col) return null;
  if (col.type !== 'goals') throw new Error(`${ds.kind} dataset "${ds.name}": column "sdg" is not a goals column`);
  return col;
}

/** The string in row `row`, or null when missing (or the column is absent). */
export function stringAt(col: CodeColumn | null, row: number): string | null {
  if (!col) return null;
  const code = col.codes[row] ?? -1;
  return code < 0 ? null : (col.dictionary[code] ?? null);
}

/** NaN (missing) becomes null. */
export function numberAt(col: NumberColumn, row: number): number | null {
  const v = col.values[row];
  return v === undefined || Number.isNaN(v) ? null : v;
}

/** 1 for each dictionary code whose value passes `keep`: lets hot loops test codes, not strings. */
export function dictionaryMask(col: CodeColumn, keep: (value: string) => boolean): Uint8Array {
  const mask = new Uint8Array(col.dictionary.length);
  col.dictionary.forEach((value, code) => {
    if (keep(value)) mask[code] = 1;
  });
  return mask;
}

/** All dictionary codes holding `value` (a dictionary may repeat a value after merging files). */
export function codesOf(col: CodeColumn, value: string): Uint8Array {
  return dictionaryMask(col, (v) => v === value);
}

/** Every row index 0..rowCount-1, for callers that did not filter. */
export function allRows(ds: Dataset): Int32Array {
  const rows = new Int32Array(ds.rowCount);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  return rows;
}

/** Dictionary codes folded onto distinct values: groupOf[code] indexes keys. */
export interface CodeGroups {
  readonly groupOf: Int32Array;
  readonly keys: readonly string[];
}

export function groupCodes(col: CodeColumn): CodeGroups {
  const index = new Map<string, number>();
  const keys: string[] = [];
  const groupOf = Int32Array.from(col.dictionary, (value) => {
    let g = index.get(value);
    if (g === undefined) index.set(value, (g = keys.push(value) - 1));
    return g;
  });
  return { groupOf, keys };
}
