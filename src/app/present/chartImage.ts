// A slide's chart as a PNG for PowerPoint, through the export module (src/export): the chart's own SVG with
// its colours resolved in the light theme (slides are white), drawn at twice its size, and the map's legend
// (HTML on the page) drawn under it, since a map's colours mean nothing without it.
import { chartMarkup } from '../../export/chartMarkup';
import { FIGURE_FONT, legendSvg } from '../../export/composeFigureSvg';
import type { FigureLegend } from '../../export/figure';
import { panelChartSvg } from '../../export/panelFigure';
import { svgToPngBlob } from '../../export/svgToPng';

/** The panel's chart: the export module's choice, else its largest SVG (a legend or a badge is smaller). */
export function chartSvgOf(root: Element): SVGSVGElement | null {
  const chosen = panelChartSvg(root);
  if (chosen) return chosen;
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of root.querySelectorAll('svg')) {
    if (svg.parentElement?.closest('svg')) continue;
    const area = svg.clientWidth * svg.clientHeight;
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  return best;
}

export interface ChartPng {
  readonly dataUrl: string;
  readonly width: number;
  readonly height: number;
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the chart image could not be read'));
    reader.readAsDataURL(blob);
  });
}

const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The chart (and the legend under it) as one SVG document on a background of the slide's colour. */
export function chartDocument(svg: SVGSVGElement, background: string, legend: FigureLegend | null, dir: 'ltr' | 'rtl'): { doc: string; width: number; height: number } {
  const m = chartMarkup(svg, 'light');
  const width = Math.max(1, Math.round(m.width));
  const chartHeight = Math.max(1, Math.round(m.height));
  const below = legend && legend.items.length > 0 ? legendSvg(legend, width, dir) : null;
  const height = chartHeight + (below?.height ?? 0);
  const legendMarkup = below ? `<g transform="translate(0 ${chartHeight})" font-size="12">${below.markup}</g>` : '';
  const doc = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`
    + ` font-family="${attr(FIGURE_FONT)}"><rect width="${width}" height="${height}" fill="${attr(background)}"/>`
    + `<svg width="${width}" height="${chartHeight}" viewBox="0 0 ${width} ${chartHeight}" font-size="${m.fontSize}">${m.body}</svg>${legendMarkup}</svg>`;
  return { doc, width, height };
}

/** Draws the chart (and its legend) at `scale` times its size on a background of the slide's colour. */
export async function chartPng(svg: SVGSVGElement, background: string, legend: FigureLegend | null = null, dir: 'ltr' | 'rtl' = 'ltr', scale = 2): Promise<ChartPng> {
  const { doc, width, height } = chartDocument(svg, background, legend, dir);
  const blob = await svgToPngBlob(doc, width, height, scale);
  return { dataUrl: await blobToDataUrl(blob), width, height };
}
