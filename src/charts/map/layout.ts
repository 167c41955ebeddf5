// Pure map layout: joined features + values + size -> paths, outlines, circles and legend.
import { geoPath } from 'd3-geo';
import { fitProjection, isHidden } from '../../geo/fitProjection';
import { anchorOf } from '../../geo/largestPolygon';
import { thinProjection } from '../../geo/thinPoints';
import type { MapFeature } from '../../geo/types';
import { colorScale, sizeScale, sizeSteps } from './legend';
import { MAP_COLORS } from './palette';
import type { MapCategory, MapLayout, MapMarker, MapOptions, MapOutline, MapOverlay, MapPath, MapSymbol, MapValues } from './types';

/** Below this many square pixels a country with data also gets a marker dot. */
const TINY_AREA = 12;
const MARKER_RADIUS = 3.5;

/** Largest circle radius for a map of this size. */
export function maxRadius(width: number, height: number): number {
  return Math.min(36, Math.max(6, Math.sqrt(width * height) / 20));
}

function categoryOf(iso3: string | null, values: MapValues): MapCategory {
  const v = iso3 === null ? undefined : values.get(iso3);
  if (v === undefined) return 'noData';
  if (v.value !== null && Number.isFinite(v.value)) return 'value';
  return v.tookPart ? 'tookPart' : 'noData';
}

export function layout(
  features: readonly MapFeature[],
  values: MapValues,
  width: number,
  height: number,
  options: MapOptions,
): MapLayout {
  // Before the container is measured there is nothing to draw; d3 would fill the paths with NaN.
  if (!(width > 0 && height > 0)) return { ...layout(features, values, 100, 100, options), width, height, paths: [], cicaOutline: null, outlines: [], illustrativeOverlays: [], markers: [], symbols: [], anchors: new Map() };
  const projection = fitProjection(features, options.preset, width, height);
  const path = geoPath(thinProjection(projection)).digits(1);

  const numbers: number[] = [];
  for (const f of features) {
    const v = f.iso3 === null ? undefined : values.get(f.iso3);
    if (v && v.value !== null && Number.isFinite(v.value)) numbers.push(v.value);
  }
  // scaleValues already hold the drawn values (every year's), so they are not added twice.
  const scaled = options.scaleValues && options.scaleValues.length > 0 ? options.scaleValues : numbers;
  const scale = colorScale(scaled);
  const max = scaled.length ? Math.max(...scaled) : 0;
  const radius = sizeScale(max, maxRadius(width, height));

  const background: MapPath[] = [];
  const data: { path: MapPath; x: number; y: number }[] = [];
  const anchors = new Map<string, readonly [number, number]>();
  const markers: MapMarker[] = [];
  const sized: { f: MapFeature; iso3: string; value: number; illustrative: boolean }[] = [];
  const seen = new Set<MapCategory>();
  let illustrative = false;

  for (const f of features) {
    if (isHidden(f)) continue;
    const d = path(f.geometry);
    if (!d) continue; // entirely outside the viewport
    const category = categoryOf(f.iso3, values);
    const v = f.iso3 === null ? undefined : values.get(f.iso3);
    const isIllustrative = category !== 'noData' && v?.status === 'illustrative';
    seen.add(category);
    illustrative ||= isIllustrative;
    const fill =
      category === 'noData' ? MAP_COLORS.noData
      : category === 'tookPart' ? MAP_COLORS.tookPart
      : options.mode === 'choropleth' ? scale.colorOf(v?.value ?? 0)
      : MAP_COLORS.land;
    const shape: MapPath = {
      key: f.key, iso3: f.iso3, d, fill,
      ...(category === 'noData' ? { pattern: 'nodata' as const } : category === 'tookPart' ? { pattern: 'tookpart' as const } : {}),
      stroke: MAP_COLORS.border, strokeWidth: 0.5, category,
      focusable: category !== 'noData', illustrative: isIllustrative,
    };
    const anchor = f.iso3 !== null && shape.focusable ? anchorOf(path, f.geometry) : null;
    if (f.iso3 === null || !anchor) {
      background.push(shape);
      continue;
    }
    anchors.set(f.iso3, anchor);
    const needsMarker = options.mode === 'choropleth' || category === 'tookPart';
    if (needsMarker && path.area(f.geometry) < TINY_AREA) {
      markers.push({ iso3: f.iso3, cx: round1(anchor[0]), cy: round1(anchor[1]), r: MARKER_RADIUS, fill, ...(shape.pattern ? { pattern: shape.pattern } : {}) });
    }
    data.push({ path: shape, x: anchor[0], y: anchor[1] });
    if (options.mode === 'symbols' && v?.value != null && v.value > 0) sized.push({ f, iso3: f.iso3, value: v.value, illustrative: isIllustrative });
  }

  // Keyboard order runs with the reading direction, then top to bottom.
  const sign = options.direction === 'rtl' ? -1 : 1;
  data.sort((a, b) => sign * (a.x - b.x) || a.y - b.y);
  const paths = [...background, ...data.map((e) => e.path)];

  // CICA borders: one combined path, drawn above the fills (dashed over a halo, readable on any fill).
  const cicaPaths = options.cicaOutline ? paths.filter((p) => p.iso3 !== null && options.cicaOutline?.has(p.iso3)) : [];
  const cicaOutline = cicaPaths.length > 0 ? cicaPaths.map((p) => p.d).join('') : null;
  const illustrativeOverlays: MapOverlay[] =
    options.mode === 'choropleth'
      ? paths.filter((p) => p.illustrative && p.category === 'value' && p.iso3 !== null).map((p) => ({ key: `il:${p.key}`, iso3: p.iso3 ?? '', d: p.d }))
      : [];
  const outlines: MapOutline[] = [];
  for (const p of paths) {
    if (p.iso3 !== null && options.highlighted.has(p.iso3)) outlines.push({ key: `hl:${p.key}`, iso3: p.iso3, d: p.d, kind: 'highlight' });
  }

  // Circles sit on the whole country's main polygon, not on the part left inside a zoomed viewport.
  const extent = projection.clipExtent();
  projection.clipExtent(null);
  const whole = geoPath(projection);
  const symbols: MapSymbol[] = [];
  for (const { f, iso3, value, illustrative: dashed } of sized) {
    const center = anchorOf(whole, f.geometry);
    const r = radius(value);
    if (center && center[0] + r > 0 && center[0] - r < width && center[1] + r > 0 && center[1] - r < height) {
      symbols.push({ iso3, cx: round1(center[0]), cy: round1(center[1]), r: round1(r), value, illustrative: dashed });
    }
  }
  projection.clipExtent(extent);
  symbols.sort((a, b) => b.r - a.r || a.iso3.localeCompare(b.iso3));
  return {
    width, height, paths, cicaOutline, outlines, illustrativeOverlays, markers, symbols, anchors,
    legend: {
      mode: options.mode,
      classes: options.mode === 'choropleth' && numbers.length ? scale.classes : [],
      sizes: options.mode === 'symbols' ? sizeSteps(max, (x) => round1(radius(x))) : [],
      integer: scale.integer,
      noData: seen.has('noData'),
      tookPart: seen.has('tookPart'),
      illustrative,
      cica: cicaOutline !== null,
      highlighted: outlines.some((o) => o.kind === 'highlight'),
    },
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
