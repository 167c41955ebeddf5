// Equal Earth projection fitted to a preset's countries inside width x height.
import { geoBounds, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ZoomPreset } from './presets';
import type { MapFeature } from './types';
import { unitProjection } from './unitShapes';

/** Antarctica (ISO 010) holds no data and would take a fifth of the world's height. */
export const HIDDEN_NUMERIC: readonly string[] = ['010'];

/** Whether a shape is left out of the map altogether. */
export function isHidden(f: MapFeature): boolean {
  return f.numeric !== null && HIDDEN_NUMERIC.includes(f.numeric);
}

function collection(features: readonly MapFeature[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })) };
}

/** Middle of the smallest longitude span holding the features (spans crossing 180° are handled by geoBounds). */
function centerOf(fc: FeatureCollection): number {
  const [[west], [east]] = geoBounds(fc);
  const span = east >= west ? east - west : east + 360 - west;
  const mid = west + span / 2;
  return mid > 180 ? mid - 360 : mid;
}

/** The countries a preset is fitted to (all shapes but Antarctica for the world) and the longitude at its centre. */
export function presetFrame(features: readonly MapFeature[], preset: ZoomPreset): { chosen: readonly MapFeature[]; center: number } {
  const focus = preset.focus ? new Set(preset.focus) : null;
  const fitTo = features.filter((f) => (focus ? f.iso3 !== null && focus.has(f.iso3) : !isHidden(f)));
  const chosen = fitTo.length > 0 ? fitTo : features;
  return { chosen, center: preset.centerLongitude ?? (focus ? centerOf(collection(chosen)) : 0) };
}

/**
 * The map's projection on the sphere. The map itself draws its planar equal (planarFit.ts: the same fit from shapes
 * projected once), which tests hold to this one.
 * Fits to the focus countries of the preset (all shapes but Antarctica for the world) and clips drawing to
 * the viewport, so zoomed views still show their neighbours for context.
 */
export function fitProjection(
  features: readonly MapFeature[],
  preset: ZoomPreset,
  width: number,
  height: number,
  padding = 8,
): GeoProjection {
  const { chosen, center } = presetFrame(features, preset);
  const pad = Math.min(padding, width / 4, height / 4);
  return unitProjection(center)
    .fitExtent([[pad, pad], [width - pad, height - pad]], collection(chosen))
    .clipExtent(viewportClip(width, height));
}

/** A little beyond the viewport, so the cut edges (and their strokes) fall outside the visible area. */
export function viewportClip(width: number, height: number): [[number, number], [number, number]] {
  return [[-4, -4], [width + 4, height + 4]];
}
