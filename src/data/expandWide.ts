// A table written wide (one column per year, or per volunteer type) back to one figure per cell: each
// loaded record's converted fields are repeated for every value cell that holds a number.
import type { Column, NumberColumn } from './types';
import type { Figures } from './figureDuplicates';

/** A value cell that could not be read (already reported); NaN is a missing cell. */
export const BAD_CELL = -Infinity;

export interface WideCells {
  /** Source line of each record handed to the table, in order. */
  readonly recordLines: Int32Array;
  /** recordCount x columns values, row-major: NaN missing, BAD_CELL refused. */
  readonly values: Float64Array;
  readonly columns: number;
}

/**
 * `base` holds one converted row per loaded record (lines ascending). `spread` is the column that varies
 * per value column (year or type) and `codes` its value for each value column; `value` receives the cell.
 */
export function expandWide(
  base: Record<string, Column>, baseLines: Int32Array, baseRows: number, cells: WideCells,
  spread: string, spreadValues: readonly number[], value: string,
): Figures & { missing: number } {
  const V = cells.columns;
  const recordOf = new Int32Array(baseRows);
  let j = 0;
  let figures = 0;
  let missing = 0;
  for (let b = 0; b < baseRows; b++) {
    const line = baseLines[b]!;
    while (cells.recordLines[j] !== line) j++;
    recordOf[b] = j;
    for (let v = 0, at = j * V; v < V; v++, at++) {
      const x = cells.values[at]!;
      if (x === x && x !== BAD_CELL) figures++;
      else if (x !== x) missing++;
    }
  }
  const pick = new Int32Array(figures);
  const which = new Int32Array(figures);
  let f = 0;
  for (let b = 0; b < baseRows; b++) {
    for (let v = 0, at = recordOf[b]! * V; v < V; v++, at++) {
      const x = cells.values[at]!;
      if (x === x && x !== BAD_CELL) {
        pick[f] = b;
        which[f++] = v;
      }
    }
  }
  const columns: Record<string, Column> = {};
  for (const [name, column] of Object.entries(base)) {
    if (column.type === 'number') {
      const values = new Float64Array(figures);
      if (name === value) for (let k = 0; k < figures; k++) values[k] = cells.values[recordOf[pick[k]!]! * V + which[k]!]!;
      else if (name === spread) for (let k = 0; k < figures; k++) values[k] = spreadValues[which[k]!]!;
      else for (let k = 0; k < figures; k++) values[k] = column.values[pick[k]!]!;
      columns[name] = { type: 'number', values } satisfies NumberColumn;
    } else if (column.type === 'goals') {
      const masks = new Uint32Array(figures);
      for (let k = 0; k < figures; k++) masks[k] = column.masks[pick[k]!]!;
      columns[name] = { type: 'goals', masks };
    } else {
      const codes = new Int32Array(figures);
      if (name === spread) for (let k = 0; k < figures; k++) codes[k] = spreadValues[which[k]!]!;
      else for (let k = 0; k < figures; k++) codes[k] = column.codes[pick[k]!]!;
      columns[name] = { type: 'code', codes, dictionary: column.dictionary };
    }
  }
  const lines = new Int32Array(figures);
  for (let k = 0; k < figures; k++) lines[k] = baseLines[pick[k]!]!;
  return { columns, lines, rows: figures, missing };
}
