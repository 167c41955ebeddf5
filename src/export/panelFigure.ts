// A panel on the page (PanelInfo and its element) turned into an exportable figure's plain data.
import type { PanelInfo } from '../components/PanelActions';
import type { Theme } from '../scales/colors';
import { chartMarkup } from './chartMarkup';
import type { FigureInput, FigureLine } from './figure';
import { htmlLegend } from './htmlLegend';
import { pageLookup } from './themeColors';

/** The chart a panel draws: a chart panel's SVG, or the map's. */
export function panelChartSvg(element: Element): SVGSVGElement | null {
  return element.querySelector<SVGSVGElement>('.chart-panel__chart svg, svg.world-map');
}

/** Everything a figure shows about `panel`, read from its info and its element, in `theme`. */
export function panelFigure(panel: PanelInfo, theme: Theme, dateNote?: (date: string) => string): FigureInput {
  const element = panel.element.current;
  const svg = element ? panelChartSvg(element) : null;
  const table = panel.table;
  const base = { title: panel.title, sources: panel.sources, ...(panel.subtitle ? { subtitle: panel.subtitle } : {}) };
  if (svg && element) {
    const doc = element.ownerDocument;
    return { ...base, chart: chartMarkup(svg, theme, doc), legend: htmlLegend(element, theme, pageLookup(doc)) };
  }
  if (panel.figureKey !== undefined && table && table.rows.length === 1) {
    // A key figure: its number large, its date under it.
    const [value = '', date = ''] = table.rows[0]?.cells ?? [];
    return { ...base, headline: { value, ...(date && dateNote ? { note: dateNote(date) } : {}) } };
  }
  const lines: FigureLine[] = (table?.rows ?? []).map((r) => ({ label: r.header, value: r.cells.slice(0, 2).filter(Boolean).join(' · ') }));
  return { ...base, lines };
}
