// Several datasets of one kind as one, so every view sees bundled and uploaded rows together.
//
// Duplicates across datasets: each dataset is a separate source, so by default every row stays
// (the source column of each row says where it came from). Views that add figures up must not
// count one fact twice, so with `supersede: true` a row is left out when a LATER dataset has a
// row with the same key (schemas.ts key columns): an upload replaces the bundled row it repeats,
// and a later upload replaces an earlier one. The superseded rows stay in their own dataset.
import { SCHEMAS } from './schemas';
import type { CodeColumn, Column, Dataset, GoalsColumn, NumberColumn } from './types';

export interface MergeOptions {
  /** Leave out a row when a later dataset has a row with the same key. Default false (keep both). */
  readonly supersede?: boolean;
}

export interface MergeResult {
  /** Null when there is nothing to merge. */
  readonly dataset: Dataset | null;
  /** Per input dataset, how many of its rows a later dataset superseded (all 0 without `supersede`). */
  readonly superseded: readonly number[];
}

/** Per input: its code for each dictionary entry mapped onto the merged dictionary. */
function mergeDictionaries(inputs: readonly (CodeColumn | undefined)[]): { dictionary: string[]; remaps: Int32Array[] } {
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const remaps = inputs.map((col) => {
    if (!col) return new Int32Array(0);
    return Int32Array.from(col.dictionary, (value) => {
      let code = index.get(value);
      if (code === undefined) index.set(value, (code = dictionary.push(value) - 1));
      return code;
    });
  });
  return { dictionary, remaps };
}

function columnTypes(datasets: readonly Dataset[]): Map<string, Column['type']> {
  const types = new Map<string, Column['type']>();
  for (const ds of datasets) {
    for (const [name, col] of Object.entries(ds.columns)) {
      const seen = types.get(name);
      if (seen !== undefined && seen !== col.type) {
        throw new Error(`mergeDatasets: column "${name}" is ${seen} in one dataset and ${col.type} in "${ds.name}"`);
      }
      types.set(name, col.type);
    }
  }
  return types;
}

/** Reads one key part of row r of input i as a number comparable across inputs. */
type KeyReader = (i: number, r: number) => number;

function keyReaders(datasets: readonly Dataset[], types: Map<string, Column['type']>, remapsOf: Map<string, Int32Array[]>): KeyReader[] {
  const kind = datasets[0]!.kind;
  return SCHEMAS[kind].key.map((name): KeyReader => {
    const remaps = remapsOf.get(name);
    // A file without the column reads like one with the cell empty (no SDG = mask 0).
    const absent = types.get(name) === 'goals' ? 0 : types.get(name) === 'code' ? -1 : NaN;
    return (i, r) => {
      const col = datasets[i]!.columns[name];
      if (!col) return absent;
      if (col.type === 'number') return col.values[r]!;
      if (col.type === 'goals') return col.masks[r]!;
      const c = col.codes[r]!;
      return c < 0 ? -1 : remaps![i]![c]!;
    };
  });
}

/** keep[i][r] = 1 unless a later input has a row with the same key. */
function keepMasks(datasets: readonly Dataset[], readers: readonly KeyReader[]): Uint8Array[] {
  const keep = datasets.map((ds) => new Uint8Array(ds.rowCount).fill(1));
  const later = new Set<string>();
  const parts: number[] = new Array<number>(readers.length);
  for (let i = datasets.length - 1; i >= 0; i--) {
    const rows = datasets[i]!.rowCount;
    const mine: string[] = new Array<string>(rows);
    for (let r = 0; r < rows; r++) {
      for (let k = 0; k < readers.length; k++) parts[k] = readers[k]!(i, r);
      const key = parts.join(',');
      mine[r] = key;
      if (later.has(key)) keep[i]![r] = 0;
    }
    // The first input's keys are never looked up.
    if (i > 0) for (const key of mine) later.add(key);
  }
  return keep;
}

/** Copies rows of `src` where keep is 1 (all rows when keep is null) into `dst` from `at`. */
function copyKept<T extends Float64Array | Int32Array | Uint32Array>(dst: T, at: number, src: T, keep: Uint8Array | null): number {
  if (!keep) {
    dst.set(src, at);
    return at + src.length;
  }
  for (let r = 0; r < src.length; r++) if (keep[r] === 1) dst[at++] = src[r]!;
  return at;
}

export function mergeDatasets(datasets: readonly Dataset[], options: MergeOptions = {}): MergeResult {
  const first = datasets[0];
  if (!first) return { dataset: null, superseded: [] };
  for (const ds of datasets) {
    if (ds.kind !== first.kind) throw new Error(`mergeDatasets: cannot merge ${ds.kind} "${ds.name}" into ${first.kind}`);
  }
  if (datasets.length === 1) return { dataset: first, superseded: [0] };

  const types = columnTypes(datasets);
  const remapsOf = new Map<string, Int32Array[]>();
  const dictionaries = new Map<string, string[]>();
  for (const [name, type] of types) {
    if (type !== 'code') continue;
    const { dictionary, remaps } = mergeDictionaries(datasets.map((ds) => ds.columns[name] as CodeColumn | undefined));
    remapsOf.set(name, remaps);
    dictionaries.set(name, dictionary);
  }

  let keep: (Uint8Array | null)[] = datasets.map(() => null);
  let superseded = datasets.map(() => 0);
  if (options.supersede) {
    const masks = keepMasks(datasets, keyReaders(datasets, types, remapsOf));
    superseded = masks.map((m) => m.length - m.reduce((n, k) => n + k, 0));
    keep = masks.map((m, i) => (superseded[i] === 0 ? null : m));
  }
  const kept = datasets.map((ds, i) => ds.rowCount - superseded[i]!);
  const rowCount = kept.reduce((a, b) => a + b, 0);

  const columns: Record<string, Column> = {};
  for (const [name, type] of types) {
    let at = 0;
    if (type === 'number') {
      const values = new Float64Array(rowCount);
      datasets.forEach((ds, i) => {
        const col = ds.columns[name] as NumberColumn | undefined;
        if (col) at = copyKept(values, at, col.values, keep[i]!);
        else values.fill(NaN, at, (at += kept[i]!));
      });
      columns[name] = { type, values };
    } else if (type === 'goals') {
      const masks = new Uint32Array(rowCount);
      datasets.forEach((ds, i) => {
        const col = ds.columns[name] as GoalsColumn | undefined;
        at = col ? copyKept(masks, at, col.masks, keep[i]!) : at + kept[i]!;
      });
      columns[name] = { type, masks };
    } else {
      const codes = new Int32Array(rowCount).fill(-1);
      const remaps = remapsOf.get(name)!;
      datasets.forEach((ds, i) => {
        const col = ds.columns[name] as CodeColumn | undefined;
        const rows = ds.rowCount;
        const k = keep[i];
        if (!col) {
          at += kept[i]!;
          return;
        }
        const remap = remaps[i]!;
        const src = col.codes;
        for (let r = 0; r < rows; r++) {
          if (k && k[r] === 0) continue;
          const c = src[r]!;
          codes[at++] = c < 0 ? -1 : remap[c]!;
        }
      });
      columns[name] = { type, codes, dictionary: dictionaries.get(name)! };
    }
  }
  const lines = new Int32Array(rowCount);
  let at = 0;
  datasets.forEach((ds, i) => (at = copyKept(lines, at, ds.lines, keep[i]!)));

  const dataset: Dataset = {
    id: `combined:${first.kind}:${datasets.map((d) => d.id).join('+')}`,
    kind: first.kind,
    name: datasets.map((d) => d.name).join(' + '),
    origin: datasets.every((d) => d.origin === 'bundled') ? 'bundled' : (datasets.findLast((d) => d.origin !== 'bundled')?.origin ?? 'upload'),
    rowCount,
    columns,
    lines,
  };
  return { dataset, superseded };
}
