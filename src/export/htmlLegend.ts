// The map's legend is HTML beside its SVG; for a file it is read back into swatches and labels, with the
// swatch colours taken from the swatches' SVG attributes (CSS variables resolved in the export's theme).
import type { Theme } from '../scales/colors';
import type { FigureLegend, FigureLegendItem } from './figure';
import { resolveVars } from './themeColors';

/**
 * A swatch from the legend's own SVG (MapLegend's Swatch): its rect's fill, or, for a pattern, the pattern's base
 * colour with its lines or dots as the hatch; its stroke, dashed when it has dashes.
 */
export function swatchFromSvg(svg: Element, theme: Theme, lookup: (name: string) => string): Omit<FigureLegendItem, 'label'> {
  const resolve = (value: string | null | undefined) => resolveVars(value ?? '', theme, lookup).trim();
  const rect = svg.querySelector('.map-swatch__fill');
  const fillAttr = rect?.getAttribute('fill') ?? 'none';
  const pattern = /^url\(#(.+)\)$/.exec(fillAttr);
  const stroke = rect?.getAttribute('stroke');
  const dashed = rect?.hasAttribute('stroke-dasharray') ?? false;
  const outline = { ...(stroke ? { stroke: resolve(stroke) } : {}), ...(dashed ? { dashed: true } : {}) };
  if (!pattern) return { fill: resolve(fillAttr) || 'none', ...outline };
  const defs = [...svg.querySelectorAll('pattern')].find((p) => p.id === pattern[1]);
  const base = defs?.querySelector('rect')?.getAttribute('fill');
  const mark = defs?.querySelector('line')?.getAttribute('stroke') ?? defs?.querySelector('circle')?.getAttribute('fill');
  return { fill: resolve(base) || 'none', ...(mark ? { hatch: resolve(mark) } : {}), ...outline };
}

const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The legend under a map (`.map-legend`), or null where the panel has none. */
export function htmlLegend(root: Element, theme: Theme, lookup: (name: string) => string): FigureLegend | null {
  const legend = root.querySelector('.map-legend');
  if (!legend) return null;
  const list = legend.querySelector('ul');
  const first = legend.firstElementChild;
  const title = first && first.tagName === 'DIV' && first !== list ? text(first) : '';
  const items: FigureLegendItem[] = [];
  for (const li of list?.children ?? []) {
    if (li.classList.contains('map-legend__sizes')) {
      // Proportional symbols: one circle per reference value.
      for (const step of li.children) {
        const circle = step.querySelector('circle');
        if (!circle) continue;
        const fill = resolveVars(circle.getAttribute('fill') ?? '', theme, lookup);
        items.push({ label: text(step), fill, stroke: fill, radius: Number(circle.getAttribute('r')) || 4 });
      }
      continue;
    }
    const swatch = li.querySelector('svg.map-swatch');
    items.push({ label: text(li), ...(swatch ? swatchFromSvg(swatch, theme, lookup) : { fill: 'none' }) });
  }
  const notes = [...legend.children].filter((el) => el !== list && el !== first).map(text).filter(Boolean);
  return { ...(title ? { title } : {}), items, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
}
