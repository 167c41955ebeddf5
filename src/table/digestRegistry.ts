// What the loader worker computed for a dataset it merged (see tableDigest.ts), kept beside the dataset on the UI
// thread: the table reads its totals and key codes here, the charts their placements slots, instead of passing
// over a million rows themselves.
// Light on purpose: the UI's first chunk imports it, the engine stays in the worker and the table's chunk.
import type { Dataset } from '../data/types';
import type { ColumnSums } from './engine/sumRows';
import { qualifierFigures, rememberCleared } from './figureQualifiers';
import { rememberPlacementBuckets, type PlacementBucket } from '../transforms/placementBuckets';

/** Codes of a number or goals key column: equal values share a code below `size` (see keyMixes.ts). */
export interface ValueCodes {
  readonly codes: Int32Array;
  readonly size: number;
}

export interface TableDigest {
  /** The totals of every row, as the table sums them with no filter (totalsStage over all rows). */
  readonly totals: ColumnSums;
  /** Codes of each number and goals key column, by column id. */
  readonly keyCodes: Readonly<Record<string, ValueCodes>>;
  /** Per qualifier column: its codes cleared where no figure has a value, or null when none is (figureQualifiers.ts). */
  readonly clearedQualifiers: Readonly<Record<string, Int32Array | null>>;
  /** Placements only: the rows of each slot the charts read (transforms/placementBuckets.ts). */
  readonly placementBuckets?: readonly PlacementBucket[];
}

const digests = new WeakMap<object, TableDigest>();
const valueCodes = new WeakMap<object, ValueCodes>();

/** Keeps `digest` for `dataset` (by its columns object, shared by copies of the dataset). */
export function rememberDigest(dataset: Dataset, digest: TableDigest): void {
  digests.set(dataset.columns, digest);
  if (digest.placementBuckets) rememberPlacementBuckets(dataset, digest.placementBuckets);
  const figures = qualifierFigures(dataset.columns);
  for (const [id, codes] of Object.entries(digest.clearedQualifiers)) {
    const qualifier = dataset.columns[id];
    const of = figures.get(id);
    if (qualifier?.type === 'code' && of) rememberCleared(qualifier.codes, of, codes);
  }
  for (const [id, codes] of Object.entries(digest.keyCodes)) {
    const column = dataset.columns[id];
    if (column?.type === 'number') valueCodes.set(column.values, codes);
    else if (column?.type === 'goals') valueCodes.set(column.masks, codes);
  }
}

export function digestOf(dataset: Dataset): TableDigest | undefined {
  return digests.get(dataset.columns);
}

/** Codes of a number column's values or a goals column's masks, computed once per array (here or in the worker). */
export function codesOfValues(values: Float64Array | Uint32Array, compute: () => ValueCodes): ValueCodes {
  let codes = valueCodes.get(values);
  if (!codes) valueCodes.set(values, (codes = compute()));
  return codes;
}

/** The buffers of a digest, for postMessage's transfer list. */
export function digestBuffers(digest: TableDigest | undefined): ArrayBuffer[] {
  if (!digest) return [];
  const arrays = [
    ...Object.values(digest.keyCodes).map((c) => c.codes), ...Object.values(digest.clearedQualifiers),
    ...(digest.placementBuckets ?? []).flatMap((b) => [b.rows, b.years]),
  ];
  return [...new Set(arrays.flatMap((a) => (a && a.buffer instanceof ArrayBuffer && a.buffer.byteLength > 0 ? [a.buffer] : [])))];
}
