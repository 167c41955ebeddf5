// Growable typed-array column builders. Rows are written at an index and committed by the caller;
// capacity doubles, and finish() copies to the exact length.
import type { CodeColumn, Column, GoalsColumn, NumberColumn } from './types';

export const INITIAL_CAPACITY = 1024;

/** Copies a string so it does not pin the large chunk it was sliced from (V8 sliced strings keep their parent). */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** The first `rows` entries: a view when at most an eighth of the capacity is wasted (the loader reserves
 * about 5% over its estimate, and the estimate from the first piece can be a few percent high), else a tight copy. */
export function fit<T extends Float64Array | Int32Array | Uint32Array>(array: T, rows: number): T {
  return (array.length - rows <= array.length / 8 ? array.subarray(0, rows) : array.slice(0, rows)) as T;
}

export class NumberBuilder {
  values = new Float64Array(INITIAL_CAPACITY);
  grow(capacity: number): void {
    const next = new Float64Array(capacity);
    next.set(this.values.subarray(0, Math.min(capacity, this.values.length)));
    this.values = next;
  }
  finish(rows: number): NumberColumn {
    return { type: 'number', values: fit(this.values, rows) };
  }
}

export class GoalsBuilder {
  masks = new Uint32Array(INITIAL_CAPACITY);
  grow(capacity: number): void {
    const next = new Uint32Array(capacity);
    next.set(this.masks);
    this.masks = next;
  }
  finish(rows: number): GoalsColumn {
    return { type: 'goals', masks: fit(this.masks, rows) };
  }
}

/**
 * Dictionary-encoded strings. With a fixed dictionary (enums) codes are indexes into it;
 * otherwise strings are interned on first sight, and entries only rejected rows used are dropped at finish().
 */
export class CodeBuilder {
  codes = new Int32Array(INITIAL_CAPACITY);
  readonly dictionary: string[];
  private readonly index = new Map<string, number>();
  private readonly fixed: boolean;
  private lastValue = '';
  private lastCode = -1;

  constructor(fixedDictionary?: readonly string[]) {
    this.fixed = fixedDictionary !== undefined;
    this.dictionary = fixedDictionary ? [...fixedDictionary] : [];
    this.dictionary.forEach((value, i) => this.index.set(value, i));
  }

  grow(capacity: number): void {
    const next = new Int32Array(capacity);
    next.set(this.codes);
    this.codes = next;
  }

  /** The code of a string, adding it to the dictionary if new. */
  intern(value: string): number {
    if (value === this.lastValue && this.lastCode >= 0) return this.lastCode;
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.dictionary.length;
      const owned = ownString(value);
      this.dictionary.push(owned);
      this.index.set(owned, code);
    }
    this.lastValue = value;
    this.lastCode = code;
    return code;
  }

  /** `compact`: drop dictionary entries no kept row uses (needed only when some rows were discarded). */
  finish(rows: number, compact = true): CodeColumn {
    const codes = fit(this.codes, rows);
    if (this.fixed || !compact) return { type: 'code', codes, dictionary: this.dictionary };
    const used = new Uint8Array(this.dictionary.length);
    for (let i = 0; i < rows; i++) {
      const code = codes[i] as number;
      if (code >= 0) used[code] = 1;
    }
    if (used.every((u) => u === 1)) return { type: 'code', codes, dictionary: this.dictionary };
    const remap = new Int32Array(this.dictionary.length).fill(-1);
    const dictionary: string[] = [];
    this.dictionary.forEach((value, code) => {
      if (used[code]) remap[code] = dictionary.push(value) - 1;
    });
    for (let i = 0; i < rows; i++) {
      const code = codes[i] as number;
      if (code >= 0) codes[i] = remap[code] as number;
    }
    return { type: 'code', codes, dictionary };
  }
}

/** Removes the rows marked in `drop` from parallel arrays, keeping order; returns the new row count. */
export function compactRows(arrays: readonly (Float64Array | Int32Array | Uint32Array)[], drop: Uint8Array, rows: number): number {
  let to = 0;
  for (let from = 0; from < rows; from++) {
    if (drop[from]) continue;
    if (to !== from) for (const a of arrays) a[to] = a[from] as number;
    to++;
  }
  return to;
}

export type ColumnBuilder = NumberBuilder | CodeBuilder | GoalsBuilder;

export function finishColumn(builder: ColumnBuilder, rows: number): Column {
  return builder.finish(rows);
}
