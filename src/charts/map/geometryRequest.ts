// What the map asks the geometry worker for, and when two asks are the same. Light on purpose: the page
// imports it, while the projection itself (mapGeometry.ts, d3-geo) stays in the worker.
import type { Country } from '../../data/types';
import type { ZoomPreset } from '../../geo/presets';

export interface GeometryRequest {
  readonly preset: ZoomPreset;
  readonly width: number;
  /** The map is as tall as the preset's countries need at this width, within these bounds. */
  readonly minHeight: number;
  readonly maxHeight: number;
  readonly countries: readonly Pick<Country, 'iso3' | 'numeric'>[];
}

/** Same preset, size bounds and countries: the same geometry. */
export function geometryKey(r: GeometryRequest): string {
  return [r.preset.id, r.width, r.minHeight, r.maxHeight, r.countries.length].join('|');
}
