// The geometry worker: fetches and converts the world topology and projects it off the main thread, so
// drawing the map never blocks the page. One answer per request; results are kept per preset and size.
import { loadTopology } from '../../geo/loadTopology';
import type { MapGeometry } from './layout';
import { computeGeometry, geometryKey, type GeometryRequest } from './mapGeometry';

export interface GeometryMessage {
  readonly id: number;
  readonly request: GeometryRequest;
}
export type GeometryAnswer = { readonly id: number; readonly geometry: MapGeometry } | { readonly id: number; readonly error: string };

const scope = self as unknown as {
  postMessage(message: GeometryAnswer): void;
  onmessage: ((event: MessageEvent<GeometryMessage>) => void) | null;
};
const done = new Map<string, MapGeometry>();

scope.onmessage = (event) => {
  const { id, request } = event.data;
  loadTopology()
    .then((atlas) => {
      const key = geometryKey(request);
      const geometry = done.get(key) ?? computeGeometry(atlas, request);
      done.set(key, geometry);
      scope.postMessage({ id, geometry });
    })
    .catch((error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }));
};
