// The map's projection at a size, as a scale and a move of the preset's unit shapes (unitShapes.ts): the same
// fit as fitProjection.ts, without walking the sphere again for every size, path, area and anchor.
import { geoIdentity, geoPath, type GeoIdentityTransform } from 'd3-geo';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { presetFrame, viewportClip } from './fitProjection';
import type { ZoomPreset } from './presets';
import type { MapFeature } from './types';
import { unitShape } from './unitShapes';

export interface PlanarFit {
  /** Longitude at the map's centre: the rotation the unit shapes are made for. */
  readonly rotation: number;
  /** Scales and moves unit shapes onto the map, cut a little beyond the viewport. */
  readonly clipped: GeoIdentityTransform;
  /** The same without the cut (a zoomed-in country's whole shape, e.g. for its circle). */
  readonly whole: GeoIdentityTransform;
  /** A shape's unit geometry for this fit. */
  readonly unit: (feature: MapFeature) => MultiPolygon;
}

function unitCollection(features: readonly MapFeature[], rotation: number): FeatureCollection<MultiPolygon> {
  return { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', properties: {}, geometry: unitShape(f.geometry, rotation) })) };
}

export function fitPlanar(features: readonly MapFeature[], preset: ZoomPreset, width: number, height: number, padding = 8): PlanarFit {
  const { chosen, center } = presetFrame(features, preset);
  const pad = Math.min(padding, width / 4, height / 4);
  const whole = geoIdentity().fitExtent([[pad, pad], [width - pad, height - pad]], unitCollection(chosen, center));
  const clipped = geoIdentity().scale(whole.scale()).translate(whole.translate()).clipExtent(viewportClip(width, height));
  return { rotation: center, clipped, whole, unit: (f) => unitShape(f.geometry, center) };
}

/** The height at which the preset's countries fill `width` exactly: lets a caller avoid empty bands. */
export function naturalHeight(features: readonly MapFeature[], preset: ZoomPreset, width: number, padding = 8): number {
  const { chosen, center } = presetFrame(features, preset);
  const pad = Math.min(padding, width / 4);
  const fc = unitCollection(chosen, center);
  const [[x0, y0], [x1, y1]] = geoPath().bounds(fc);
  return Math.ceil(((y1 - y0) * (width - 2 * pad)) / (x1 - x0) + 2 * pad);
}
