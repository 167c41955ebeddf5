// Projecting the world's shapes to screen paths: the costly, d3-geo part of the map, run in the geometry
// worker (mapGeometry.ts) so the page that draws the map need not carry d3-geo itself.
import { geoPath } from 'd3-geo';
import { isHidden } from '../../geo/fitProjection';
import { fitPlanar } from '../../geo/planarFit';
import { anchorOf } from '../../geo/largestPolygon';
import { thinProjection } from '../../geo/thinPoints';
import type { MapFeature } from '../../geo/types';
import { layoutShapes, type MapGeometry } from './layout';
import type { MapLayout, MapOptions, MapValues } from './types';

/** Projects every shape (but hidden ones and those outside the viewport) to SVG paths, anchors and centres. */
export function projectShapes(features: readonly MapFeature[], preset: MapOptions['preset'], width: number, height: number): MapGeometry {
  const codes = features.flatMap((f) => (f.iso3 === null ? [] : [f.iso3]));
  if (!(width > 0 && height > 0)) return { width, height, shapes: [], codes };
  const fit = fitPlanar(features, preset, width, height);
  const path = geoPath(thinProjection(fit.clipped)).digits(1);
  const clipped: { f: MapFeature; d: string; anchor: readonly [number, number] | null; area: number }[] = [];
  for (const f of features) {
    if (isHidden(f)) continue;
    const unit = fit.unit(f);
    const d = path(unit);
    if (!d) continue; // entirely outside the viewport
    clipped.push({ f, d, anchor: f.iso3 !== null ? anchorOf(path, unit) : null, area: f.iso3 !== null ? path.area(unit) : 0 });
  }
  // Circles sit on the whole country's main polygon, not on the part left inside a zoomed viewport.
  const whole = geoPath(fit.whole);
  const shapes = clipped.map(({ f, d, anchor, area }) => ({
    key: f.key, iso3: f.iso3, d, anchor, area, center: f.iso3 !== null ? anchorOf(whole, fit.unit(f)) : null,
  }));
  return { width, height, shapes, codes };
}

/** Projects and lays out in one step (tests, snapshots); the app projects in the worker and calls layoutShapes. */
export function layout(
  features: readonly MapFeature[],
  values: MapValues,
  width: number,
  height: number,
  options: MapOptions,
): MapLayout {
  // Before the container is measured there is nothing to draw; d3 would fill the paths with NaN.
  if (!(width > 0 && height > 0)) return { ...layout(features, values, 100, 100, options), width, height, paths: [], cicaOutline: null, outlines: [], illustrativeOverlays: [], markers: [], symbols: [], anchors: new Map() };
  return layoutShapes(projectShapes(features, options.preset, width, height), values, options);
}

