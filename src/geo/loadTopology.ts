// Fetches the 1:50m world topology as its own cacheable asset (it is not inlined into the JS bundle).
import topologyUrl from 'world-atlas/countries-50m.json?url';
import { topologyToFeatures } from './topologyToFeatures';
import type { AtlasFeature } from './types';

let cached: Promise<AtlasFeature[]> | null = null;

/** The world's country shapes at 1:50m (Bahrain exists only at this scale). Fetched once per page. */
export function loadTopology(fetchImpl: typeof fetch = fetch): Promise<AtlasFeature[]> {
  cached ??= fetchImpl(topologyUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`Could not load the world map (${response.status} ${response.statusText})`);
      return response.json() as Promise<unknown>;
    })
    .then(topologyToFeatures)
    .catch((error: unknown) => {
      cached = null; // let a later call retry after a network error
      throw error;
    });
  return cached;
}
