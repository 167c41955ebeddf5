// Several datasets of one kind as one, so every view sees bundled and uploaded rows together.
//
// Duplicates across datasets: each dataset is a separate source, so by default every row stays
// (the source column of each row says where it came from). Views that add figures up must not
// count one fact twice, so with `supersede: true` a row is left out when a LATER dataset has a
// row with the same key (schemas.ts key columns): an upload replaces the bundled row it repeats,
// and a later upload replaces an earlier one. The superseded rows stay in their own dataset.
// Keys are compared as numbers built from dictionary codes (supersede.ts). Runs in the loader worker for big data.
import { keepMasks } from './supersede';
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

/** Copies rows of `src` where keep is 1 (all rows when keep is null) into `dst` from `at`. */
function copyKept<T extends Float64Array | Int32Array | Uint32Array>(dst: T, at: number, src: T, keep: Uint8Array | null): number {
  if (!keep) {
    dst.set(src, at);
    return at + src.length;
  }
  for (let r = 0; r < src.length; r++) if (keep[r] === 1) dst[at++] = src[r]!;
  return at;
}

/** Copies the codes of `src` where keep is 1 (all when null) into `dst` from `at`, in the merged dictionary's codes. */
function remapKept(dst: Int32Array, at: number, src: Int32Array, remap: Int32Array, keep: Uint8Array | null): number {
  // Separate loops: the one every big upload takes (nothing of the last dataset is superseded) tests nothing else per row.
  if (!keep) {
    for (let r = 0; r < src.length; r++) {
      const c = src[r]!;
      dst[at++] = c < 0 ? -1 : remap[c]!;
    }
    return at;
  }
  for (let r = 0; r < src.length; r++) {
    if (keep[r] === 0) continue;
    const c = src[r]!;
    dst[at++] = c < 0 ? -1 : remap[c]!;
  }
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
    const masks = keepMasks(datasets, types, remapsOf);
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
      const codes = new Int32Array(rowCount);
      const remaps = remapsOf.get(name)!;
      datasets.forEach((ds, i) => {
        const col = ds.columns[name] as CodeColumn | undefined;
        if (!col) {
          codes.fill(-1, at, (at += kept[i]!));
          return;
        }
        at = remapKept(codes, at, col.codes, remaps[i]!, keep[i]!);
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
