// Colours of an exported chart in the export's theme: CSS variables resolved to plain colours (an SVG file
// has no page stylesheet), and a dark page's neutral chart colours swapped for the light ones.
import { CHART_COLORS, type Theme } from '../scales/colors';

/** The theme on screen now: the header's choice, else the system's. */
export function screenTheme(doc: Document = document): Theme {
  const chosen = doc.documentElement.getAttribute('data-theme');
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Exports are light unless the reader picked dark in the header. */
export function exportTheme(doc: Document = document): Theme {
  return doc.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
}

const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g;
const LIGHT_DARK = /^light-dark\(\s*((?:[^(),]|\([^()]*\))+)\s*,\s*((?:[^(),]|\([^()]*\))+)\s*\)$/;

/** Replaces each var(--x, fallback) with the page's value of --x in `theme` (light-dark() picked), else the fallback. */
export function resolveVars(value: string, theme: Theme, lookup: (name: string) => string): string {
  return value.replace(VAR, (_whole, name: string, fallback: string | undefined) => {
    const own = lookup(name).trim();
    const pair = LIGHT_DARK.exec(own);
    if (pair) return (theme === 'light' ? pair[1] : pair[2])?.trim() ?? '';
    if (own && !own.includes('var(')) return own;
    return (fallback ?? '').trim() || 'none';
  });
}

/** Custom properties as the page declares them (light-dark() still unresolved). */
export function pageLookup(doc: Document = document): (name: string) => string {
  const style = doc.defaultView?.getComputedStyle(doc.documentElement);
  return (name) => style?.getPropertyValue(name) ?? '';
}

const NEUTRALS = ['text', 'muted', 'grid', 'axis', 'background'] as const;
const darkToLight = new Map<string, string>(NEUTRALS.map((k) => [CHART_COLORS.dark[k].toLowerCase(), CHART_COLORS.light[k]]));
// Bar colours also appear as category colours elsewhere, so they are swapped only on a bar chart's own bars.
const darkBarToLight = new Map<string, string>([
  [CHART_COLORS.dark.bar.toLowerCase(), CHART_COLORS.light.bar],
  [CHART_COLORS.dark.highlight.toLowerCase(), CHART_COLORS.light.highlight],
]);

/** Swaps a dark chart's colours for the light theme's in `root` (a detached clone). */
export function darkToLightColors(root: Element): void {
  for (const el of root.querySelectorAll('*')) {
    const onBar = el.parentElement?.classList.contains('bar') === true && el.closest('.chart-bar') !== null;
    for (const attr of ['fill', 'stroke'] as const) {
      const v = el.getAttribute(attr)?.toLowerCase();
      if (!v) continue;
      const swapped = darkToLight.get(v) ?? (onBar && el.tagName.toLowerCase() === 'rect' ? darkBarToLight.get(v) : undefined);
      if (swapped) el.setAttribute(attr, swapped);
    }
  }
  // Inherited by the chart's text where it names no colour.
  const rootFill = root.getAttribute('fill')?.toLowerCase();
  if (rootFill) root.setAttribute('fill', darkToLight.get(rootFill) ?? rootFill);
}
