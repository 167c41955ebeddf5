// Map colours. Blues for magnitude (colour-blind safe, light = small, zero = lightest), an orange tint for
// "took part" and a hatched grey for "no data": the three never meet on one hue.
import { interpolateBlues } from 'd3-scale-chromatic';

// Each colour is a CSS custom property (set per theme in src/app/global.css) with the light colour as fallback,
// so the map follows the page theme without re-rendering; outside the page (SVG export, tests) it stays light.
export const MAP_COLORS = {
  noData: 'var(--map-no-data, #e3e3e3)',
  noDataHatch: 'var(--map-no-data-hatch, #c4c4c4)',
  tookPart: 'var(--map-took-part, #fbdaa4)',
  tookPartDot: 'var(--map-took-part-dot, #b3741a)',
  land: 'var(--map-land, #ecebe6)',
  border: 'var(--map-border, #ffffff)',
  /** Under outlines and the focus ring, so they read on any fill. */
  halo: 'var(--map-halo, #ffffff)',
  highlight: 'var(--map-highlight, #1f2328)',
  cica: 'var(--map-cica, #762a83)',
  symbol: 'var(--map-symbol, #0072b2)',
  symbolStroke: 'var(--map-border, #ffffff)',
  focus: 'var(--map-focus, #000000)',
  markerStroke: 'var(--map-marker-stroke, #57606a)',
  illustrativeHatch: '#ffffff',
  illustrativeHatchDark: '#1f2328',
  illustrativeStroke: 'var(--map-illustrative-stroke, #9a6700)',
} as const;

/** n colours from light to dark; a single class of zeros is the lightest, any other single class mid-blue. */
export function classColors(n: number, allZero = false): string[] {
  if (n <= 1) return [interpolateBlues(allZero ? 0.12 : 0.6)];
  return Array.from({ length: n }, (_, i) => interpolateBlues(0.12 + (0.9 - 0.12) * (i / (n - 1))));
}
