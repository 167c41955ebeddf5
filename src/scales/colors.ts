// Colour scales shared by charts. All palettes are chosen to stay distinct under colour-vision deficiency.
import { scaleSequential, scaleSequentialLog } from 'd3-scale';
import { interpolateViridis, interpolateBlues } from 'd3-scale-chromatic';

/** Single-hue ramp for small sequential keys where viridis would look busy (0 = lightest). */
export const blues = (t: number): string => interpolateBlues(0.15 + t * 0.8);

/** Okabe-Ito palette (Okabe & Ito 2008), safe for the common colour-vision deficiencies. */
export const OKABE_ITO = [
  '#0072B2', // blue
  '#E69F00', // orange
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#D55E00', // vermillion
  '#F0E442', // yellow
  '#000000', // black
] as const;

/** Fixed colours for UN Volunteer contract types, so national/international read the same everywhere. */
export const PLACEMENT_COLORS = {
  national: '#0072B2',
  international: '#E69F00',
  total: '#009E73',
} as const;

/** Colour of the i-th category, cycling through Okabe-Ito. */
export function categoricalColor(index: number): string {
  return OKABE_ITO[((index % OKABE_ITO.length) + OKABE_ITO.length) % OKABE_ITO.length] ?? OKABE_ITO[0];
}

export type Theme = 'light' | 'dark';

/** Neutral chart colours per theme (axis, text, gridlines, default bar). */
export const CHART_COLORS = {
  light: { text: '#1f2328', muted: '#57606a', grid: '#d0d7de', axis: '#8c959f', bar: '#0072B2', highlight: '#D55E00', background: '#ffffff' },
  dark: { text: '#e6edf3', muted: '#9da7b3', grid: '#30363d', axis: '#6e7681', bar: '#56B4E9', highlight: '#E69F00', background: '#0d1117' },
} as const;

/**
 * Sequential scale for magnitudes (e.g. a choropleth), viridis-based: large values take the end with the most
 * contrast against the background (dark purple on light pages, bright yellow on dark pages).
 */
export function sequentialScale(domain: readonly [number, number], theme: Theme = 'light', log = false) {
  const interpolator = theme === 'light' ? (t: number) => interpolateViridis(0.95 - t * 0.9) : (t: number) => interpolateViridis(0.05 + t * 0.9);
  const [lo, hi] = domain;
  return log && lo > 0
    ? scaleSequentialLog(interpolator).domain([lo, hi])
    : scaleSequential(interpolator).domain([lo, hi]);
}
