// The placements rows of each (perspective, type, tagged) slot, as the loader worker computed them for a dataset it
// merged: placementScope.ts takes these instead of passing over a million rows on the UI thread. Light on purpose.
import type { Dataset } from '../data/types';

export interface PlacementBucket {
  readonly rows: Int32Array;
  readonly years: Float32Array;
}

// By the dataset's columns object: copies of a dataset that share its columns share its rows.
const remembered = new WeakMap<object, { rowCount: number; buckets: readonly PlacementBucket[] }>();

export function rememberPlacementBuckets(ds: Dataset, buckets: readonly PlacementBucket[]): void {
  remembered.set(ds.columns, { rowCount: ds.rowCount, buckets });
}

export function rememberedPlacementBuckets(ds: Dataset): readonly PlacementBucket[] | undefined {
  const hit = remembered.get(ds.columns);
  return hit && hit.rowCount === ds.rowCount ? hit.buckets : undefined;
}
