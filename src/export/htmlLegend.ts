// The map's legend is HTML beside its SVG; for a file it is read back into swatches and labels, with the
// swatch colours taken from their declared styles (CSS variables resolved in the export's theme).
import type { Theme } from '../scales/colors';
import type { FigureLegend, FigureLegendItem } from './figure';
import { resolveVars } from './themeColors';

const COLOR = /#[0-9a-f]{3,8}\b|rgba?\([^)]*\)/gi;

function declarations(style: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of style.split(/;(?![^(]*\))/)) {
    const i = part.indexOf(':');
    if (i > 0) map.set(part.slice(0, i).trim().toLowerCase(), part.slice(i + 1).trim());
  }
  return map;
}

/** A swatch from its inline style: solid fill, or a pattern's base colour with its lines or dots as a hatch. */
export function swatchFromStyle(style: string, theme: Theme, lookup: (name: string) => string): Omit<FigureLegendItem, 'label'> {
  const d = declarations(resolveVars(style, theme, lookup));
  const background = d.get('background') ?? d.get('background-color') ?? '';
  const colors = background.match(COLOR) ?? [];
  const gradient = background.includes('gradient');
  const fill = (gradient ? colors[colors.length - 1] : colors[0]) ?? 'none';
  const border = d.get('border') ?? '';
  const stroke = border.match(COLOR)?.[0];
  return {
    fill,
    ...(gradient && colors.length > 1 && colors[0] ? { hatch: colors[0] } : {}),
    ...(stroke ? { stroke } : {}),
    ...(border.includes('dashed') ? { dashed: true } : {}),
  };
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
    const svgs = li.querySelectorAll('svg');
    if (svgs.length > 0) {
      // Proportional symbols: one circle per reference value.
      for (const step of li.children) {
        const circle = step.querySelector('circle');
        if (!circle) continue;
        const fill = resolveVars(circle.getAttribute('fill') ?? '', theme, lookup);
        items.push({ label: text(step), fill, stroke: fill, radius: Number(circle.getAttribute('r')) || 4 });
      }
      continue;
    }
    const swatch = li.firstElementChild;
    items.push({ label: text(li), ...swatchFromStyle(swatch?.getAttribute('style') ?? '', theme, lookup) });
  }
  const notes = [...legend.children].filter((el) => el !== list && el !== first).map(text).filter(Boolean);
  return { ...(title ? { title } : {}), items, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
}
