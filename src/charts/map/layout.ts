// Pure map layout: projected shapes (projectShapes.ts) + values -> paths, outlines, circles and legend.
import { colorScale, sizeScale, sizeSteps } from './legend';
import { MAP_COLORS } from './palette';
import type { MapCategory, MapLayout, MapLegendModel, MapMarker, MapOptions, MapOutline, MapOverlay, MapPath, MapSymbol, MapValues } from './types';

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

/** One shape's screen geometry for one projection and size; independent of the values drawn on it. */
export interface ShapeGeometry {
  readonly key: string;
  readonly iso3: string | null;
  readonly d: string;
  /** Centroid of the largest visible polygon, or null when the shape is outside the viewport. */
  readonly anchor: readonly [number, number] | null;
  /** Projected area in square pixels. */
  readonly area: number;
  /** Centroid of the largest polygon of the whole (unclipped) shape: where a circle sits. */
  readonly center: readonly [number, number] | null;
}

/** Every drawn shape at one preset and size: the costly part of the map, computed once (see mapGeometry.ts). */
export interface MapGeometry {
  readonly width: number;
  readonly height: number;
  readonly shapes: readonly ShapeGeometry[];
  /** Every joined country of the map, drawn or not (the colour classes are built from all their values). */
  readonly codes: readonly string[];
}

/** The map's layout from shapes already projected: fills, keyboard order, outlines, circles, legend. */
/** The colour classes and circle sizes of the map's values at a size: shared by the layout and its legend. */
function scalesOf(codes: readonly string[], values: MapValues, options: MapOptions, width: number, height: number) {
  const numbers: number[] = [];
  for (const iso3 of codes) {
    const v = values.get(iso3);
    if (v && v.value !== null && Number.isFinite(v.value)) numbers.push(v.value);
  }
  // scaleValues already hold the drawn values (every year's), so they are not added twice.
  const scaled = options.scaleValues && options.scaleValues.length > 0 ? options.scaleValues : numbers;
  const scale = colorScale(scaled);
  const max = scaled.length ? Math.max(...scaled) : 0;
  return { hasNumbers: numbers.length > 0, scale, max, radius: sizeScale(max, maxRadius(width, height)) };
}

type LegendMarks = Pick<MapLegendModel, 'noData' | 'tookPart' | 'illustrative' | 'cica' | 'highlighted'>;

function legendOf(scales: ReturnType<typeof scalesOf>, mode: MapOptions['mode'], marks: LegendMarks): MapLegendModel {
  const { hasNumbers, scale, max, radius } = scales;
  return {
    mode,
    classes: mode === 'choropleth' && hasNumbers ? scale.classes : [],
    sizes: mode === 'symbols' ? sizeSteps(max, (x) => round1(radius(x))) : [],
    integer: scale.integer,
    ...marks,
  };
}

/**
 * The legend the map will have, from its values alone, shown while the shapes are still being projected so that
 * the map's arrival does not push what is under it down. It counts every joined country as drawn (the layout's
 * legend counts the shapes in view), which can differ only for a region's zoom.
 */
export function provisionalLegend(codes: readonly string[], values: MapValues, options: MapOptions, width: number, height: number): MapLegendModel {
  const categories = new Set<MapCategory>();
  let illustrative = false;
  for (const iso3 of codes) {
    const category = categoryOf(iso3, values);
    categories.add(category);
    illustrative ||= category !== 'noData' && values.get(iso3)?.status === 'illustrative';
  }
  return legendOf(scalesOf(codes, values, options, width, height), options.mode, {
    noData: categories.has('noData'),
    tookPart: categories.has('tookPart'),
    illustrative,
    cica: options.cicaOutline !== null && options.cicaOutline.size > 0,
    highlighted: options.highlighted.size > 0,
  });
}

export function layoutShapes(geometry: MapGeometry, values: MapValues, options: MapOptions): MapLayout {
  const { width, height } = geometry;
  const scales = scalesOf(geometry.codes, values, options, width, height);
  const { scale, radius } = scales;

  const background: MapPath[] = [];
  const data: { path: MapPath; x: number; y: number }[] = [];
  const anchors = new Map<string, readonly [number, number]>();
  const markers: MapMarker[] = [];
  const sized: { center: readonly [number, number] | null; iso3: string; value: number; illustrative: boolean }[] = [];
  const seen = new Set<MapCategory>();
  let illustrative = false;

  for (const g of geometry.shapes) {
    const category = categoryOf(g.iso3, values);
    const v = g.iso3 === null ? undefined : values.get(g.iso3);
    const isIllustrative = category !== 'noData' && v?.status === 'illustrative';
    seen.add(category);
    illustrative ||= isIllustrative;
    const fill =
      category === 'noData' ? MAP_COLORS.noData
      : category === 'tookPart' ? MAP_COLORS.tookPart
      : options.mode === 'choropleth' ? scale.colorOf(v?.value ?? 0)
      : MAP_COLORS.land;
    const shape: MapPath = {
      key: g.key, iso3: g.iso3, d: g.d, fill,
      ...(category === 'noData' ? { pattern: 'nodata' as const } : category === 'tookPart' ? { pattern: 'tookpart' as const } : {}),
      stroke: MAP_COLORS.border, strokeWidth: 0.5, category,
      focusable: category !== 'noData', illustrative: isIllustrative,
    };
    const anchor = g.iso3 !== null && shape.focusable ? g.anchor : null;
    if (g.iso3 === null || !anchor) {
      background.push(shape);
      continue;
    }
    anchors.set(g.iso3, anchor);
    const needsMarker = options.mode === 'choropleth' || category === 'tookPart';
    if (needsMarker && g.area < TINY_AREA) {
      markers.push({ iso3: g.iso3, cx: round1(anchor[0]), cy: round1(anchor[1]), r: MARKER_RADIUS, fill, ...(shape.pattern ? { pattern: shape.pattern } : {}) });
    }
    data.push({ path: shape, x: anchor[0], y: anchor[1] });
    if (options.mode === 'symbols' && v?.value != null && v.value > 0) sized.push({ center: g.center, iso3: g.iso3, value: v.value, illustrative: isIllustrative });
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

  const symbols: MapSymbol[] = [];
  for (const { center, iso3, value, illustrative: dashed } of sized) {
    const r = radius(value);
    if (center && center[0] + r > 0 && center[0] - r < width && center[1] + r > 0 && center[1] - r < height) {
      symbols.push({ iso3, cx: round1(center[0]), cy: round1(center[1]), r: round1(r), value, illustrative: dashed });
    }
  }
  symbols.sort((a, b) => b.r - a.r || a.iso3.localeCompare(b.iso3));
  return {
    width, height, paths, cicaOutline, outlines, illustrativeOverlays, markers, symbols, anchors,
    legend: legendOf(scales, options.mode, {
      noData: seen.has('noData'),
      tookPart: seen.has('tookPart'),
      illustrative,
      cica: cicaOutline !== null,
      highlighted: outlines.some((o) => o.kind === 'highlight'),
    }),
  };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
