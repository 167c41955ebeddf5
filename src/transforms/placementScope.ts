// Which placements rows a view reads: one perspective, one or all types, untagged rows unless
// SDGs are asked for. Rows are pre-bucketed once per dataset by (perspective, type, tagged) so
// a view walks only its buckets instead of every row.
import type { Dataset } from '../data/types';
import { PERSPECTIVES, PLACEMENT_TYPES } from '../data/types';
import { codeColumn, optionalGoalsColumn } from './columns';
import { assertGoal, assertOneOf } from './options';
import { rowMask } from './rowMask';
import { rowYears } from './years';
import { rememberedPlacementBuckets, type PlacementBucket } from './placementBuckets';

const ALL_GOALS = (1 << 17) - 1;
const TYPES = PLACEMENT_TYPES.length;
const SLOTS = PERSPECTIVES.length * TYPES;

export interface ScopeBucket {
  /** Index in PLACEMENT_TYPES of every row in the bucket. */
  readonly type: number;
  /** Row indices, ascending. */
  readonly rows: Int32Array;
  /** years[i] is the year of rows[i]: year tests read memory in order. */
  readonly years: Float32Array;
}

export interface PlacementScope {
  readonly buckets: readonly ScopeBucket[];
  /** Rows kept by the shared filter; null = all rows. */
  readonly keep: Uint8Array | null;
  /** SDG masks per row, and the bits a row must have (0 = none needed). */
  readonly masks: Uint32Array | null;
  readonly goalBit: number;
}

type Bucket = PlacementBucket;

/** Rows per slot (perspective * 3 + type), split into untagged [slot] and tagged [SLOTS + slot]. */
const bucketCache = new WeakMap<Dataset, readonly Bucket[]>();

function buckets(ds: Dataset): readonly Bucket[] {
  const hit = bucketCache.get(ds) ?? rememberedPlacementBuckets(ds);
  if (hit) return hit;
  const out = placementBuckets(ds);
  bucketCache.set(ds, out);
  return out;
}

/** Every row of `ds` in its slot (see `buckets`); the loader worker runs it on a dataset it merged. */
export function placementBuckets(ds: Dataset): Bucket[] {
  const p = codeColumn(ds, 'perspective');
  const t = codeColumn(ds, 'type');
  const masks = optionalGoalsColumn(ds)?.masks ?? null;
  const pIndex = Int8Array.from(p.dictionary, (v) => (PERSPECTIVES as readonly string[]).indexOf(v));
  const tIndex = Int8Array.from(t.dictionary, (v) => (PLACEMENT_TYPES as readonly string[]).indexOf(v));
  const bucketOf = new Int8Array(ds.rowCount);
  const sizes = new Int32Array(SLOTS * 2);
  for (let r = 0; r < ds.rowCount; r++) {
    const pc = p.codes[r]!;
    const tc = t.codes[r]!;
    const pi = pc < 0 ? -1 : pIndex[pc]!;
    const ti = tc < 0 ? -1 : tIndex[tc]!;
    const b = pi < 0 || ti < 0 ? -1 : pi * TYPES + ti + (masks && masks[r] !== 0 ? SLOTS : 0);
    bucketOf[r] = b;
    if (b >= 0) sizes[b]!++;
  }
  const out = Array.from(sizes, (n) => ({ rows: new Int32Array(n), years: new Float32Array(n) }));
  const fill = new Int32Array(SLOTS * 2);
  const years = rowYears(ds, 'year');
  for (let r = 0; r < ds.rowCount; r++) {
    const b = bucketOf[r]!;
    if (b < 0) continue;
    const bucket = out[b]!;
    const at = fill[b]!++;
    bucket.rows[at] = r;
    bucket.years[at] = years[r]!;
  }
  return out;
}

export function placementScope(
  fn: string,
  ds: Dataset,
  perspective: unknown,
  type: unknown | undefined,
  /** undefined = untagged rows only; "any" = rows tagged with any goal; else one goal 1-17. */
  goal: unknown | undefined,
  rows: Int32Array | undefined,
): PlacementScope {
  if (ds.kind !== 'placements') throw new Error(`${fn}: needs a placements dataset, got ${ds.kind}`);
  const p = PERSPECTIVES.indexOf(assertOneOf(fn, 'perspective', perspective, PERSPECTIVES));
  const t = type === undefined ? -1 : PLACEMENT_TYPES.indexOf(assertOneOf(fn, 'type', type, PLACEMENT_TYPES));
  const goals = optionalGoalsColumn(ds);
  const goalBit = goal === undefined ? 0 : goal === 'any' ? ALL_GOALS : 1 << (assertGoal(fn, 'goal', goal) - 1);
  if (goalBit && goal !== 'any' && !goals) throw new Error(`${fn}: dataset "${ds.name}" has no sdg column`);
  const all = buckets(ds);
  const chosen: ScopeBucket[] = [];
  for (let ti = 0; ti < TYPES; ti++) {
    if (t >= 0 && ti !== t) continue;
    const slot = p * TYPES + ti;
    const bucket = all[goalBit ? SLOTS + slot : slot]!;
    chosen.push({ type: ti, rows: bucket.rows, years: bucket.years });
  }
  return { buckets: chosen, keep: rowMask(ds.rowCount, rows), masks: goals?.masks ?? null, goalBit };
}

/** Rows of one bucket that pass the shared filter and the goal test. */
export function bucketRows(scope: PlacementScope, bucket: ScopeBucket): Int32Array {
  const { keep, masks, goalBit } = scope;
  const src = bucket.rows;
  if (!keep && !goalBit) return src;
  const out = new Int32Array(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const r = src[i]!;
    if (keep !== null && keep[r] === 0) continue;
    if (goalBit !== 0 && (masks![r]! & goalBit) === 0) continue;
    out[n++] = r;
  }
  return out.subarray(0, n);
}

/** Every row in scope, bucket after bucket. */
export function scopedRows(scope: PlacementScope): Int32Array {
  const parts = scope.buckets.map((b) => bucketRows(scope, b));
  if (parts.length === 1) return parts[0]!;
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
