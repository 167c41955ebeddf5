// The map's projected shapes for a preset and width, from the geometry worker. While a new size or preset
// is computed the previous shapes stay on screen; a failure is reported once, in words.
import { startTransition, useEffect, useState } from 'react';
import { requestGeometry } from '../../charts/map/geometryClient';
import type { MapGeometry } from '../../charts/map/layout';
import { geometryKey, type GeometryRequest } from '../../charts/map/geometryRequest';

export interface MapGeometryState {
  readonly geometry: MapGeometry | null;
  readonly error: string | null;
}

export function useMapGeometry(request: GeometryRequest | null): MapGeometryState {
  const [state, setState] = useState<MapGeometryState>({ geometry: null, error: null });
  const key = request ? geometryKey(request) : null;
  useEffect(() => {
    if (!request) return;
    let live = true;
    requestGeometry(request)
      // A transition: the hundreds of country paths are rendered in slices, never as one long task.
      .then((geometry) => live && startTransition(() => setState({ geometry, error: null })))
      .catch((e: unknown) => live && setState({ geometry: null, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
    // The request is rebuilt on every render; its key says when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
