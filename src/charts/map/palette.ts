// Map colours. Blues for magnitude (colour-blind safe, light = small, zero = lightest), an orange tint for
// "took part" and a hatched grey for "no data": the three never meet on one hue.
import { interpolateBlues } from 'd3-scale-chromatic';

export const MAP_COLORS = {
  noData: '#e3e3e3',
  noDataHatch: '#c4c4c4',
  tookPart: '#fbdaa4',
  tookPartDot: '#b3741a',
  land: '#ecebe6',
  border: '#ffffff',
  highlight: '#1f2328',
  cica: '#762a83',
  symbol: '#0072b2',
  symbolStroke: '#ffffff',
  focus: '#000000',
  markerStroke: '#57606a',
  illustrativeHatch: '#ffffff',
  illustrativeStroke: '#9a6700',
} as const;

/** n colours from light to dark; a single class of zeros is the lightest, any other single class mid-blue. */
export function classColors(n: number, allZero = false): string[] {
  if (n <= 1) return [interpolateBlues(allZero ? 0.12 : 0.6)];
  return Array.from({ length: n }, (_, i) => interpolateBlues(0.12 + (0.9 - 0.12) * (i / (n - 1))));
}
