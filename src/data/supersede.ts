// Which rows a later dataset supersedes (same key, schemas.ts), with keys as numbers: each key column becomes a
// small integer per row (a code of the merged dictionary, or a dense id of a number or goal set), and the parts are
// combined in mixed radix. No string is built per row; a million rows take tens of milliseconds.
import { SCHEMAS } from './schemas';
import type { Column, Dataset } from './types';

/** Largest key space checked with a flat table of flags (one byte a key); larger ones use a hash set. */
const FLAT_LIMIT = 1 << 24;

/** Dense ids for numbers (or goal masks): equal values (NaN too, like the text keys they replace) share one. */
class DenseIds {
  private readonly ids = new Map<number, number>();
  private lastValue = NaN;
  private lastId = -1;
  id(value: number): number {
    if (this.lastId >= 0 && Object.is(value, this.lastValue)) return this.lastId;
    // -0 and 0 are one key (as "0" was); Map keys use SameValueZero, which also makes NaN one key.
    let id = this.ids.get(value);
    if (id === undefined) this.ids.set(value, (id = this.ids.size));
    this.lastValue = value;
    this.lastId = id;
    return id;
  }
  get size(): number {
    return this.ids.size;
  }
}

/** One key column as ids per row per dataset, and how many ids there are. */
function keyPart(
  datasets: readonly Dataset[], name: string, type: Column['type'] | undefined, remaps: readonly Int32Array[] | undefined,
): { ids: Float64Array[]; size: number } {
  if (type === 'code') {
    let size = 1;
    const ids = datasets.map((ds, i) => {
      const out = new Float64Array(ds.rowCount); // 0 = missing (or no such column), code + 1 otherwise
      const col = ds.columns[name];
      if (col?.type !== 'code') return out;
      const remap = remaps![i]!;
      for (let c = 0; c < remap.length; c++) size = Math.max(size, remap[c]! + 2);
      const codes = col.codes;
      for (let r = 0; r < codes.length; r++) {
        const c = codes[r]!;
        out[r] = c < 0 ? 0 : remap[c]! + 1;
      }
      return out;
    });
    return { ids, size };
  }
  const dense = new DenseIds();
  // A file without the column reads like one with the cell empty (no SDG = mask 0, a number NaN).
  const absent = dense.id(type === 'goals' ? 0 : NaN);
  const ids = datasets.map((ds) => {
    const out = new Float64Array(ds.rowCount);
    const col = ds.columns[name];
    if (col?.type === 'number') for (let r = 0; r < out.length; r++) out[r] = dense.id(col.values[r]!);
    else if (col?.type === 'goals') for (let r = 0; r < out.length; r++) out[r] = dense.id(col.masks[r]!);
    else out.fill(absent);
    return out;
  });
  return { ids, size: dense.size };
}

/** Renumbers ids (over every dataset) densely from 0, so a product of sizes stays a safe integer. */
function densify(ids: Float64Array[]): number {
  const dense = new DenseIds();
  for (const a of ids) for (let r = 0; r < a.length; r++) a[r] = dense.id(a[r]!);
  return dense.size;
}

/** Per dataset, each row's whole key as one number; `size` bounds the keys. */
export function numericKeys(
  datasets: readonly Dataset[], types: ReadonlyMap<string, Column['type']>, remapsOf: ReadonlyMap<string, readonly Int32Array[]>,
): { keys: Float64Array[]; size: number } {
  const names = SCHEMAS[datasets[0]!.kind].key;
  let keys = datasets.map((ds) => new Float64Array(ds.rowCount));
  let size = 1;
  for (const name of names) {
    const part = keyPart(datasets, name, types.get(name), remapsOf.get(name));
    let partSize = part.size;
    if (size * partSize > Number.MAX_SAFE_INTEGER) {
      size = densify(keys);
      if (size * partSize > Number.MAX_SAFE_INTEGER) partSize = densify(part.ids);
    }
    keys = keys.map((k, i) => {
      const p = part.ids[i]!;
      for (let r = 0; r < k.length; r++) k[r] = k[r]! * partSize + p[r]!;
      return k;
    });
    size *= partSize;
  }
  return { keys, size };
}

/** A set of non-negative safe integers: open addressing over a Float64Array (-1 = empty). */
class NumberSet {
  private table: Float64Array;
  private mask: number;
  private count = 0;
  constructor(expected: number) {
    let capacity = 16;
    while (capacity < expected * 2) capacity *= 2;
    this.table = new Float64Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }
  private slot(key: number): number {
    const h = Math.imul((key % 4294967296) ^ Math.floor(key / 4294967296), 0x9e3779b1);
    let i = (h ^ (h >>> 16)) & this.mask;
    for (;;) {
      const at = this.table[i]!;
      if (at === -1 || at === key) return i;
      i = (i + 1) & this.mask;
    }
  }
  has(key: number): boolean {
    return this.table[this.slot(key)] === key;
  }
  add(key: number): void {
    const i = this.slot(key);
    if (this.table[i] === key) return;
    this.table[i] = key;
    if (++this.count * 2 > this.table.length) this.grow();
  }
  private grow(): void {
    const old = this.table;
    this.table = new Float64Array(old.length * 2).fill(-1);
    this.mask = this.table.length - 1;
    for (let i = 0; i < old.length; i++) if (old[i] !== -1) this.table[this.slot(old[i]!)] = old[i]!;
  }
}

/**
 * The rows of the last dataset whose every key part has a value some earlier row has: the only ones that can share
 * an earlier row's key. Nothing supersedes the last dataset, so its other rows matter to no look-up. An upload of a
 * million rows beside a few dozen bundled ones then builds keys for the rows that can repeat them, not for all (the
 * keys of all took 180 ms of the merge and 48 MB while it ran).
 */
function lastCandidates(
  datasets: readonly Dataset[], types: ReadonlyMap<string, Column['type']>, remapsOf: ReadonlyMap<string, readonly Int32Array[]>,
): Int32Array {
  const lastAt = datasets.length - 1;
  const last = datasets[lastAt]!;
  let rows: Int32Array | null = null; // null: every row so far
  let count = last.rowCount;
  for (const name of SCHEMAS[last.kind].key) {
    const type = types.get(name);
    if (type === undefined) continue; // no dataset has it: every row reads alike
    // Whether an earlier row has row r's value of this part (a code as keyPart numbers it: code + 1, 0 = missing).
    let has: (r: number) => boolean;
    const own = last.columns[name];
    if (type === 'code') {
      const remaps = remapsOf.get(name)!;
      let size = 1;
      for (const remap of remaps) for (let c = 0; c < remap.length; c++) size = Math.max(size, remap[c]! + 2);
      const seen = new Uint8Array(size);
      for (let i = 0; i < lastAt; i++) {
        const col = datasets[i]!.columns[name];
        if (col?.type !== 'code') { seen[0] = 1; continue; }
        const remap = remaps[i]!;
        for (let r = 0; r < col.codes.length; r++) { const c = col.codes[r]!; seen[c < 0 ? 0 : remap[c]! + 1] = 1; }
      }
      if (own?.type === 'code') {
        const { codes } = own;
        const remap = remaps[lastAt]!;
        has = (r) => { const c = codes[r]!; return seen[c < 0 ? 0 : remap[c]! + 1] === 1; };
      } else has = () => seen[0] === 1;
    } else {
      // Set compares like keyPart's Map (SameValueZero): NaN is one value, -0 is 0. A file without the column reads as
      // one with the cell empty (no SDG = mask 0, a number NaN).
      const absent = type === 'goals' ? 0 : NaN;
      const seen = new Set<number>();
      for (let i = 0; i < lastAt; i++) {
        const col = datasets[i]!.columns[name];
        const values = col?.type === 'number' ? col.values : col?.type === 'goals' ? col.masks : null;
        if (!values) seen.add(absent);
        else for (let r = 0; r < values.length; r++) seen.add(values[r]!);
      }
      const values = own?.type === 'number' ? own.values : own?.type === 'goals' ? own.masks : null;
      has = values ? (r) => seen.has(values[r]!) : () => seen.has(absent);
    }
    const next = new Int32Array(count);
    let n = 0;
    for (let k = 0; k < count; k++) {
      const r = rows ? rows[k]! : k;
      if (has(r)) next[n++] = r;
    }
    rows = next;
    count = n;
    if (count === 0) break;
  }
  return rows ? rows.subarray(0, count) : Int32Array.from({ length: count }, (_, r) => r);
}

/** The key columns of `ds` at `rows` only, as a dataset of those rows. */
function keyRows(ds: Dataset, rows: Int32Array): Dataset {
  const columns: Record<string, Column> = {};
  for (const name of SCHEMAS[ds.kind].key) {
    const col = ds.columns[name];
    if (col?.type === 'number') columns[name] = { type: 'number', values: Float64Array.from(rows, (r) => col.values[r]!) };
    else if (col?.type === 'goals') columns[name] = { type: 'goals', masks: Uint32Array.from(rows, (r) => col.masks[r]!) };
    else if (col?.type === 'code') columns[name] = { type: 'code', codes: Int32Array.from(rows, (r) => col.codes[r]!), dictionary: col.dictionary };
  }
  return { ...ds, rowCount: rows.length, columns, lines: new Int32Array(rows.length) };
}

/** keep[i][r] = 1 unless a later dataset has a row with the same key. */
export function keepMasks(
  datasets: readonly Dataset[], types: ReadonlyMap<string, Column['type']>, remapsOf: ReadonlyMap<string, readonly Int32Array[]>,
): Uint8Array[] {
  const keep = datasets.map((ds) => new Uint8Array(ds.rowCount).fill(1));
  if (datasets.length < 2) return keep;
  // The last dataset is only looked up against, so only its rows that can match need keys (its keep stays all 1).
  const last = datasets.length - 1;
  const keyed = datasets.map((ds, i) => (i === last ? keyRows(ds, lastCandidates(datasets, types, remapsOf)) : ds));
  const { keys, size } = numericKeys(keyed, types, remapsOf);
  const laterRows = keyed.slice(1).reduce((n, ds) => n + ds.rowCount, 0);
  const flat = size <= FLAT_LIMIT ? new Uint8Array(size) : null;
  const set = flat ? null : new NumberSet(laterRows);
  for (let i = datasets.length - 1; i >= 0; i--) {
    const mine = keys[i]!;
    const k = keep[i]!;
    if (i < datasets.length - 1) {
      if (flat) for (let r = 0; r < mine.length; r++) { if (flat[mine[r]!] === 1) k[r] = 0; }
      else for (let r = 0; r < mine.length; r++) if (set!.has(mine[r]!)) k[r] = 0;
    }
    // Added after the look-ups: rows of one dataset never supersede each other. The first input's keys are never looked up.
    if (i > 0) {
      if (flat) for (let r = 0; r < mine.length; r++) flat[mine[r]!] = 1;
      else for (let r = 0; r < mine.length; r++) set!.add(mine[r]!);
    }
  }
  return keep;
}
