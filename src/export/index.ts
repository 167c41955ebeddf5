/**
 * Figure export: a chart panel or key-figure card as a complete, self-contained image. Loaded on demand
 * (dynamic import) by the Download menu and the slide deck; nothing here is in the first view's JavaScript.
 *
 * Stable API:
 * - composePanelSvg(panel: PanelInfo, options: FigureOptions) => string
 *     The panel (its info and the chart SVG inside panel.element) as a complete SVG document: title, subtitle,
 *     chart or key figure, legend, Illustrative badge, source lines with dates, the dashboard's name.
 *     options = { lang, dir?, theme, size: 'panel' | 'slide', t } (t = useI18n().t; theme = exportTheme()).
 *     'slide' is always 1920x1080; 'panel' is the chart's own width (at least 480) and as tall as needed.
 * - composeFigureSvg(figure: FigureInput, options) => string   the same from plain data (no DOM), e.g. for tests.
 * - figureSize(svg) => { width, height }                       the composed document's size in px.
 * - svgToPngBlob(svg, widthPx, heightPx, scale) => Promise<Blob>   PNG of widthPx*scale x heightPx*scale pixels.
 * - panelPng(panel, options) => Promise<{ blob, width, height }>   composePanelSvg + PNG (panel: >= 1200 px wide,
 *     at least 2 device pixels per px; slide: 1920x1080).
 * - exportTheme() => 'light' | 'dark'   light unless the reader chose dark in the header.
 * - panelCsvBlob(table), exportFileName(title, ext)   the panel's rows as formula-safe CSV; a file name.
 */
import type { PanelInfo } from '../components/PanelActions';
import { composeFigureSvg, figureSize } from './composeFigureSvg';
import type { FigureOptions } from './figure';
import { panelFigure } from './panelFigure';
import { pngScale, svgToPngBlob } from './svgToPng';

export type { ChartMarkup, FigureInput, FigureLegend, FigureLegendItem, FigureLine, FigureOptions, FigureSize } from './figure';
export { SLIDE } from './figure';
export { composeFigureSvg, figureSize, FIGURE_FONT } from './composeFigureSvg';
export { svgToPngBlob, pngScale } from './svgToPng';
export { exportTheme } from './themeColors';
export { panelCsvBlob, panelCsvText, exportFileName } from './panelCsv';
export { panelFigure, panelChartSvg } from './panelFigure';

export function composePanelSvg(panel: PanelInfo, options: FigureOptions): string {
  const figure = panelFigure(panel, options.theme, (date) => options.t('app.card.date', { date }));
  return composeFigureSvg(figure, options);
}

export async function panelPng(panel: PanelInfo, options: FigureOptions): Promise<{ blob: Blob; width: number; height: number }> {
  performance.mark('export:start');
  const svg = composePanelSvg(panel, options);
  performance.mark('export:composed');
  const { width, height } = figureSize(svg);
  const scale = options.size === 'slide' ? 1 : pngScale(width);
  const blob = await svgToPngBlob(svg, width, height, scale);
  return { blob, width: Math.round(width * scale), height: Math.round(height * scale) };
}
