// Equal Earth projection fitted to a preset's countries inside width x height.
import { geoBounds, geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ZoomPreset } from './presets';
import type { MapFeature } from './types';

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

function fitted(features: readonly MapFeature[], preset: ZoomPreset): { fc: FeatureCollection; center: number } {
  const focus = preset.focus ? new Set(preset.focus) : null;
  const chosen = features.filter((f) => (focus ? f.iso3 !== null && focus.has(f.iso3) : !isHidden(f)));
  const fc = collection(chosen.length > 0 ? chosen : features);
  return { fc, center: preset.centerLongitude ?? (focus ? centerOf(fc) : 0) };
}

/** The height at which the preset's countries fill `width` exactly: lets a caller avoid empty bands. */
export function naturalHeight(features: readonly MapFeature[], preset: ZoomPreset, width: number, padding = 8): number {
  const { fc, center } = fitted(features, preset);
  const pad = Math.min(padding, width / 4);
  const projection = geoEqualEarth().rotate([-center, 0]).fitWidth(width - 2 * pad, fc);
  const [[, y0], [, y1]] = geoPath(projection).bounds(fc);
  return Math.ceil(y1 - y0 + 2 * pad);
}

/**
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
  const { fc, center } = fitted(features, preset);
  const pad = Math.min(padding, width / 4, height / 4);
  return geoEqualEarth()
    .rotate([-center, 0])
    .fitExtent([[pad, pad], [width - pad, height - pad]], fc)
    // A little beyond the viewport, so the cut edges (and their strokes) fall outside the visible area.
    .clipExtent([[-4, -4], [width + 4, height + 4]]);
}
