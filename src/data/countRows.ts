// Microdata (one row per volunteer or assignment) counted into figures: rows with the same key become
// one figure whose count is how many rows it holds.
import type { Column } from './types';
import type { Figures } from './figureDuplicates';

function cell(column: Column, r: number): number {
  return column.type === 'number' ? column.values[r]! : column.type === 'goals' ? column.masks[r]! : column.codes[r]!;
}

/** Groups rows by `key`; the other columns keep the first row's values; `count` becomes the group size. */
export function countRows(columns: Record<string, Column>, lines: Int32Array, rows: number, key: readonly string[], count: string): Figures {
  const keyColumns = key.map((name) => columns[name]).filter((c): c is Column => c !== undefined);
  const groups = new Map<string, number>();
  const first: number[] = [];
  const sizes: number[] = [];
  for (let r = 0; r < rows; r++) {
    const k = keyColumns.map((c) => cell(c, r)).join(',');
    const g = groups.get(k);
    if (g === undefined) {
      groups.set(k, first.length);
      first.push(r);
      sizes.push(1);
    } else sizes[g]!++;
  }
  const out: Record<string, Column> = {};
  for (const [name, column] of Object.entries(columns)) {
    if (name === count) out[name] = { type: 'number', values: Float64Array.from(sizes) };
    else if (column.type === 'number') out[name] = { type: 'number', values: Float64Array.from(first, (r) => column.values[r]!) };
    else if (column.type === 'goals') out[name] = { type: 'goals', masks: Uint32Array.from(first, (r) => column.masks[r]!) };
    else out[name] = { type: 'code', codes: Int32Array.from(first, (r) => column.codes[r]!), dictionary: column.dictionary };
  }
  return { columns: out, lines: Int32Array.from(first, (r) => lines[r]!), rows: first.length };
}
