// The map's costly part for one preset and width: the world joined to the reference, the height the preset
// needs at that width, and every shape projected. Pure; run in the geometry worker (see geometryClient.ts).
import type { Country } from '../../data/types';
import { naturalHeight } from '../../geo/fitProjection';
import { joinCountries } from '../../geo/joinCountries';
import type { ZoomPreset } from '../../geo/presets';
import type { AtlasFeature } from '../../geo/types';
import type { MapGeometry } from './layout';
import { projectShapes } from './projectShapes';

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

export function computeGeometry(atlas: readonly AtlasFeature[], request: GeometryRequest): MapGeometry {
  const features = joinCountries(atlas, request.countries);
  const natural = naturalHeight(features, request.preset, request.width);
  const height = Math.min(request.maxHeight, Math.max(request.minHeight, natural));
  return projectShapes(features, request.preset, request.width, height);
}
