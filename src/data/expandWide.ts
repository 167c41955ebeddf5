// A table written wide (one column per year, or per volunteer type) back to one figure per cell. The
// value cells are parsed while the file is read (WideCells: each record's figures in a row); once the
// table has converted one row per record, every kept record's fields are repeated for its figures.
import type { Column } from './types';
import type { Figures } from './figureDuplicates';

/** Figures written record by record while reading: value, spread value (year or type index), and per-record counts. */
export class WideCells {
  // Small at first, so the first records grow them: V8 then knows the growing call before it optimizes addWide.
  values = new Float64Array(64);
  spread = new Float64Array(64);
  /** Per record handed to the table: its line, its figures, and its missing cells. */
  lines = new Int32Array(256);
  runs = new Int32Array(256);
  missing = new Int32Array(256);
  figures = 0;
  records = 0;
  /** Missing cells of all records, kept or not. */
  missingTotal = 0;

  /** Room for about this many records and figures at once (an estimate from the first piece). */
  reserve(records: number, figures: number): void {
    if (records > this.lines.length) {
      this.lines = grownInt(this.lines, records);
      this.runs = grownInt(this.runs, records);
      this.missing = grownInt(this.missing, records);
    }
    if (figures > this.values.length) {
      this.values = grownFloat(this.values, figures);
      this.spread = grownFloat(this.spread, figures);
    }
  }

  /** Starts a record with room for `columns` more figures. */
  begin(line: number, columns: number): void {
    if (this.records === this.lines.length) this.reserve(this.records * 2, 0);
    if (this.figures + columns > this.values.length) this.reserve(0, (this.figures + columns) * 2);
    this.lines[this.records] = line;
    this.runs[this.records] = 0;
    this.missing[this.records] = 0;
    this.records++;
  }
}

function grownInt(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(size);
  b.set(a.subarray(0, Math.min(size, a.length)));
  return b;
}
function grownFloat(a: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a.subarray(0, Math.min(size, a.length)));
  return b;
}

/**
 * `base` holds one converted row per kept record (lines ascending). `spread` names the column that takes
 * the spread values (a number column for years, a code column for types); `value` takes the cells.
 * `sameColumns`: base columns known to hold one value in every row (not searched for another).
 */
export function expandWide(
  base: Record<string, Column>, baseLines: Int32Array, baseRows: number, cells: WideCells, spread: string, value: string,
  sameColumns: ReadonlySet<string> = new Set(),
): Figures & { missing: number } {
  const runs = new Int32Array(baseRows);
  let values: Float64Array;
  let spreadOut: Float64Array;
  let figures = 0;
  let missing = 0;
  if (baseRows === cells.records) {
    // No record was refused: the figures are already in order.
    missing = cells.missingTotal;
    runs.set(cells.runs.subarray(0, baseRows));
    figures = cells.figures;
    values = cells.values.subarray(0, figures);
    spreadOut = cells.spread.subarray(0, figures);
  } else {
    const keep = new Uint8Array(cells.records);
    for (let b = 0, j = 0; b < baseRows; b++) {
      while (cells.lines[j] !== baseLines[b]) j++;
      keep[j] = 1;
      runs[b] = cells.runs[j]!;
      figures += runs[b]!;
      missing += cells.missing[j]!;
    }
    values = new Float64Array(figures);
    spreadOut = new Float64Array(figures);
    for (let j = 0, from = 0, to = 0; j < cells.records; j++) {
      const run = cells.runs[j]!;
      if (keep[j] === 1) {
        values.set(cells.values.subarray(from, from + run), to);
        spreadOut.set(cells.spread.subarray(from, from + run), to);
        to += run;
      }
      from += run;
    }
  }
  const columns: Record<string, Column> = {};
  for (const [name, column] of Object.entries(base)) {
    if (name === value && column.type === 'number') columns[name] = { type: 'number', values };
    else if (name === spread && column.type === 'number') columns[name] = { type: 'number', values: spreadOut };
    else if (name === spread && column.type === 'code') columns[name] = { type: 'code', codes: Int32Array.from(spreadOut), dictionary: column.dictionary };
    else {
      const same = sameColumns.has(name);
      if (column.type === 'number') columns[name] = { type: 'number', values: repeatFloat(new Float64Array(figures), column.values, runs, same) };
      else if (column.type === 'goals') columns[name] = { type: 'goals', masks: repeatUint(new Uint32Array(figures), column.masks, runs, same) };
      else columns[name] = { type: 'code', codes: repeatInt(new Int32Array(figures), column.codes, runs, same), dictionary: column.dictionary };
    }
  }
  return { columns, lines: repeatInt(new Int32Array(figures), baseLines, runs, false), rows: figures, missing };
}

// Row r of `from` written runs[r] times into `out`, a fresh zeroed array. A column with one value
// throughout (`same`, or found so) is filled at once, or left as it is when that value is 0: filling
// would touch every page of memory the system has not handed out yet. One copy per array type keeps
// element access monomorphic.
function repeatFloat(out: Float64Array, from: Float64Array, runs: Int32Array, same: boolean): Float64Array {
  const first = from[0]!;
  let b = same ? runs.length : 1;
  while (b < runs.length && (from[b] === first || (from[b] !== from[b] && first !== first))) b++;
  if (b >= runs.length) return first === 0 && 1 / first > 0 ? out : out.fill(first);
  for (let r = 0, at = 0; r < runs.length; r++) {
    const x = from[r]!;
    for (let end = at + runs[r]!; at < end; at++) out[at] = x;
  }
  return out;
}

function repeatInt(out: Int32Array, from: Int32Array, runs: Int32Array, same: boolean): Int32Array {
  const first = from[0]!;
  let b = same ? runs.length : 1;
  while (b < runs.length && from[b] === first) b++;
  if (b >= runs.length) return first === 0 ? out : out.fill(first);
  for (let r = 0, at = 0; r < runs.length; r++) {
    const x = from[r]!;
    for (let end = at + runs[r]!; at < end; at++) out[at] = x;
  }
  return out;
}

function repeatUint(out: Uint32Array, from: Uint32Array, runs: Int32Array, same: boolean): Uint32Array {
  const first = from[0]!;
  let b = same ? runs.length : 1;
  while (b < runs.length && from[b] === first) b++;
  if (b >= runs.length) return first === 0 ? out : out.fill(first);
  for (let r = 0, at = 0; r < runs.length; r++) {
    const x = from[r]!;
    for (let end = at + runs[r]!; at < end; at++) out[at] = x;
  }
  return out;
}
