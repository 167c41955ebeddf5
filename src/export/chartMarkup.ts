// A chart's <svg> on the page, made self-contained for a file: a detached copy with CSS variables resolved,
// colours in the export's theme, nothing interactive or external, and ids of its own.
import type { Theme } from '../scales/colors';
import type { ChartMarkup } from './figure';
import { darkToLightColors, pageLookup, resolveVars, screenTheme } from './themeColors';

const DROPPED_ELEMENTS = 'script, foreignObject, iframe, image, use, a, style, audio, video, canvas';
const LOCAL_URL = /^url\(\s*["']?#[^)"']+["']?\s*\)$/;

function keepAttribute(name: string, value: string): boolean {
  if (name.startsWith('on') || name.startsWith('aria-') || name.startsWith('data-')) return false;
  if (['role', 'tabindex', 'class', 'style', 'focusable'].includes(name)) return false;
  if (name === 'href' || name === 'xlink:href') return value.startsWith('#');
  // Only references inside the file: url(#id).
  return !value.includes('url(') || LOCAL_URL.test(value.trim());
}

/** Renames every id to f<prefix><n> and rewrites the url(#id) and #id references to match. */
function renameIds(root: Element, prefix: string): void {
  const ids = new Map<string, string>();
  let n = 0;
  for (const el of root.querySelectorAll('[id]')) {
    const next = `${prefix}${n++}`;
    ids.set(el.id, next);
    el.setAttribute('id', next);
  }
  if (ids.size === 0) return;
  for (const el of root.querySelectorAll('*')) {
    for (const attr of [...el.attributes]) {
      if (!attr.value.includes('#')) continue;
      const value = attr.value.replace(/#([^)"'\s]+)/g, (whole, id: string) => (ids.has(id) ? `#${ids.get(id)}` : whole));
      if (value !== attr.value) el.setAttribute(attr.name, value);
    }
  }
}

/** Cleans a detached copy of a chart's svg in place. */
export function cleanChartClone(clone: Element, theme: Theme, lookup: (name: string) => string, idPrefix = 'f'): void {
  for (const el of clone.querySelectorAll(DROPPED_ELEMENTS)) el.remove();
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      let value = attr.value;
      if (value.includes('var(')) {
        value = resolveVars(value, theme, lookup);
        el.setAttribute(attr.name, value);
      }
      if (!keepAttribute(attr.name, value)) el.removeAttribute(attr.name);
    }
  }
  renameIds(clone, idPrefix);
}

/** The chart's markup for composeFigureSvg, in `theme`. */
export function chartMarkup(svg: SVGSVGElement, theme: Theme, doc: Document = svg.ownerDocument): ChartMarkup {
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const fontSize = parseFloat(doc.defaultView?.getComputedStyle(svg).fontSize ?? '') || 14;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  // Before cleaning: the swap reads the chart's class names, which the file does not keep.
  if (theme === 'light' && screenTheme(doc) === 'dark') darkToLightColors(clone);
  cleanChartClone(clone, theme, pageLookup(doc));
  const xml = new XMLSerializer().serializeToString(clone);
  const body = xml.slice(xml.indexOf('>') + 1, xml.lastIndexOf('</svg>'));
  return { body: xml.endsWith('/>') ? '' : body, width, height, fontSize };
}
