// What each slide says, read from its drawn panel: the same title, figure, source lines and badge the reader
// sees on screen, in the deck's language, plus the chart's generated summary as speaker notes.
import type { PanelInfo } from '../../components/PanelActions';
import type { SlideItem } from '../../state/deck';
import type { FigureLegend } from '../../export/figure';
import { htmlLegend } from '../../export/htmlLegend';
import { pageLookup } from '../../export/themeColors';
import { chartSvgOf } from './chartImage';

export interface SlideText {
  readonly item: SlideItem;
  readonly title: string;
  /** A key figure's number as written on its card ("more than 450"); null for a chart. */
  readonly figure: string | null;
  /** A key figure's date line; null for none. */
  readonly date: string | null;
  /** "Source: …, date" lines, as on screen. */
  readonly sources: readonly string[];
  /** The Illustrative badge's word, when a figure shown is illustrative; null otherwise. */
  readonly illustrative: string | null;
  readonly notes: string;
  /** The chart drawn on the slide; null for a key figure or a panel with nothing to chart. */
  readonly chart: SVGSVGElement | null;
  /** The map's legend (HTML beside its SVG on the page), in the light theme; null where the chart has its own. */
  readonly legend: FigureLegend | null;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function slideText(item: SlideItem, info: PanelInfo): SlideText {
  const root = info.element.current;
  const valueEl = root?.querySelector('.key-figure__value');
  let figure: string | null = null;
  if (valueEl) {
    const clone = valueEl.cloneNode(true) as Element;
    clone.querySelectorAll('.badge').forEach((b) => b.remove());
    figure = text(clone);
  }
  const badge = root?.querySelector('.badge-illustrative');
  return {
    item,
    title: info.title,
    figure,
    date: text(root?.querySelector('.key-figure__date')) || null,
    sources: [...new Set([...(root?.querySelectorAll('.source-note') ?? [])].map((n) => text(n)).filter(Boolean))],
    illustrative: badge ? text(badge.querySelector('text') ?? badge) || null : null,
    notes: info.summary,
    chart: figure === null && root ? chartSvgOf(root) : null,
    legend: figure === null && root ? htmlLegend(root, 'light', pageLookup(root.ownerDocument)) : null,
  };
}

/** Whether every slide has reported and each chart slide has drawn its chart (the map loads its shapes later). */
export function slidesReady(items: readonly SlideItem[], infos: Readonly<Record<number, PanelInfo>>): boolean {
  return items.every((item, i) => {
    const root = infos[i]?.element.current;
    if (!root) return false;
    if (item.startsWith('figure-')) return root.querySelector('.key-figure__value') !== null;
    // A notice (the map's fallback measure) comes before the chart: only the chart, or no chart at all, will do.
    return chartSvgOf(root) !== null || root.querySelector('.empty, .inline-list') !== null;
  });
}
