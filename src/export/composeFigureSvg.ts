// A complete figure as one self-contained SVG document: title, subtitle, the chart (or a key figure's number,
// or a profile's lines), its legend, the Illustrative badge, the source lines with dates and the dashboard's
// name. Pure: the same input gives the same bytes, so it is snapshot-tested and shared by the slides.
import { CHART_COLORS } from '../scales/colors';
import { textWidth, truncate, wrap } from '../scales/textWidth';
import { anyIllustrative, sourceLines } from './figureText';
import { SLIDE, type FigureInput, type FigureLegend, type FigureOptions, type FigureSize } from './figure';
import { escapeXml, num } from './xml';

export const FIGURE_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', Arial, sans-serif";

interface Scale {
  readonly pad: number; readonly gap: number; readonly title: number; readonly subtitle: number; readonly headline: number;
  readonly note: number; readonly line: number; readonly legend: number; readonly source: number; readonly brand: number;
}
const SCALES: Readonly<Record<FigureSize, Scale>> = {
  panel: { pad: 24, gap: 12, title: 20, subtitle: 14, headline: 56, note: 15, line: 15, legend: 12, source: 12, brand: 12 },
  slide: { pad: 72, gap: 28, title: 52, subtitle: 28, headline: 200, note: 32, line: 30, legend: 22, source: 22, brand: 22 },
};
/** More distinct sources than this are summed up in one line ("and 5 more sources"). */
const MAX_SOURCES = 4;
/** Widest chart a panel figure draws at its own size, in px. */
const MAX_PANEL_CHART = 960;
const BADGE = { fill: '#fff4d6', stroke: '#9a6700', text: '#6b4700' } as const;

type Align = 'start' | 'end' | 'middle';

class Canvas {
  readonly parts: string[] = [];
  readonly defs: string[] = [];
  constructor(readonly width: number, readonly pad: number, readonly dir: 'ltr' | 'rtl') {}
  /** Page x of a logical offset from the start edge (the right edge in right-to-left figures). */
  x(offset: number, width = 0): number {
    return this.dir === 'rtl' ? this.width - this.pad - offset - width : this.pad + offset;
  }
  text(align: Align, baseline: number, content: string, attrs: { size: number; fill: string; weight?: number; x?: number }): void {
    const rtl = this.dir === 'rtl';
    const x = attrs.x ?? (align === 'middle' ? this.width / 2 : (align === 'start') === rtl ? this.width - this.pad : this.pad);
    const weight = attrs.weight ? ` font-weight="${attrs.weight}"` : '';
    this.parts.push(`<text x="${num(x)}" y="${num(baseline)}" font-size="${num(attrs.size)}"${weight} fill="${attrs.fill}" text-anchor="${align}" direction="${this.dir}">${escapeXml(content)}</text>`);
  }
}

function legendBlock(c: Canvas, legend: FigureLegend, top: number, s: Scale, colors: { readonly text: string; readonly muted: string }): number {
  const size = s.legend;
  const inner = c.width - 2 * c.pad;
  let y = top;
  if (legend.title) {
    c.text('start', y + size, legend.title, { size, fill: colors.text, weight: 600 });
    y += size * 1.6;
  }
  const sw = size * 1.4;
  const rowH = Math.max(size * 1.8, ...legend.items.map((i) => (i.radius ?? 0) * 2 + 4));
  let offset = 0;
  legend.items.forEach((item, i) => {
    const label = truncate(item.label, inner - sw - 8, size);
    const w = sw + size * 0.5 + textWidth(label, size) + size * 1.2;
    if (offset > 0 && offset + w > inner) {
      offset = 0;
      y += rowH;
    }
    const mid = y + rowH / 2;
    const boxW = item.radius ? item.radius * 2 : sw;
    const bx = c.x(offset, boxW);
    const dash = item.dashed ? ' stroke-dasharray="3 2"' : '';
    const stroke = item.stroke ? ` stroke="${escapeXml(item.stroke)}" stroke-width="1.5"${dash}` : '';
    if (item.radius) {
      c.parts.push(`<circle cx="${num(bx + item.radius)}" cy="${num(mid)}" r="${num(item.radius)}" fill="${escapeXml(item.fill)}" fill-opacity="0.62"${stroke}/>`);
    } else {
      c.parts.push(`<rect x="${num(bx)}" y="${num(mid - size * 0.45)}" width="${num(sw)}" height="${num(size * 0.9)}" rx="2" fill="${escapeXml(item.fill)}"${stroke}/>`);
      if (item.hatch) {
        const id = `fig-hatch-${i}`;
        c.defs.push(`<pattern id="${id}" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="1" y1="0" x2="1" y2="5" stroke="${escapeXml(item.hatch)}" stroke-width="1.2"/></pattern>`);
        c.parts.push(`<rect x="${num(bx)}" y="${num(mid - size * 0.45)}" width="${num(sw)}" height="${num(size * 0.9)}" rx="2" fill="url(#${id})"/>`);
      }
    }
    c.text('start', mid + size * 0.35, label, { size, fill: colors.text, x: c.x(offset + boxW + size * 0.5) });
    offset += Math.max(w, boxW + size * 0.5 + textWidth(label, size) + size * 1.2);
  });
  y += rowH;
  if (legend.note) {
    for (const line of wrap(legend.note, inner, size, 2)) {
      c.text('start', y + size, line, { size, fill: colors.muted });
      y += size * 1.4;
    }
  }
  return y - top;
}

/** Heights of the parts below the figure's middle, so a slide knows how much room its chart has. */
function footerLines(input: FigureInput, o: FigureOptions, s: Scale, inner: number): string[] {
  const all = sourceLines(input.sources, o.t, o.lang);
  const shown = all.length > MAX_SOURCES ? [...all.slice(0, MAX_SOURCES - 1), o.t('export.moreSources', { count: all.length - MAX_SOURCES + 1 })] : all;
  return shown.flatMap((line) => wrap(line, inner, s.source, 2));
}

/** The figure as a complete SVG document (XML declaration included). */
export function composeFigureSvg(input: FigureInput, o: FigureOptions): string {
  const s = SCALES[o.size];
  const dir = o.dir ?? (o.lang === 'ar' ? 'rtl' : 'ltr');
  const colors = CHART_COLORS[o.theme];
  const chart = input.chart ?? null;
  // A panel figure is at most ~1000 px wide: a page-wide map is scaled down, so its PNG stays quick to encode.
  const panelScale = chart ? Math.min(1, MAX_PANEL_CHART / chart.width) : 1;
  const width = o.size === 'slide' ? SLIDE.width : Math.round(Math.max(480, chart ? chart.width * panelScale + 2 * s.pad : 640));
  const inner = width - 2 * s.pad;
  const c = new Canvas(width, s.pad, dir);

  // Header: title and subtitle.
  let y = s.pad;
  for (const line of wrap(input.title, inner, s.title, 3)) {
    c.text('start', y + s.title * 0.95, line, { size: s.title, fill: colors.text, weight: 700 });
    y += s.title * 1.25;
  }
  if (input.subtitle) {
    y += s.subtitle * 0.2;
    for (const line of wrap(input.subtitle, inner, s.subtitle, 2)) {
      c.text('start', y + s.subtitle, line, { size: s.subtitle, fill: colors.muted });
      y += s.subtitle * 1.35;
    }
  }
  y += s.gap;

  // Footer, measured first: a slide gives its chart what is left.
  const sources = footerLines(input, o, s, inner);
  const illustrative = anyIllustrative(input.sources);
  const badgeH = illustrative ? s.source * 1.6 + s.gap / 2 : 0;
  const footerH = s.gap + badgeH + sources.length * s.source * 1.4 + s.gap + s.brand * 1.8 + s.pad;
  const legendH = input.legend ? measureLegend(input.legend, width, s) : 0;

  // Middle: the chart, a key figure's number, or a profile's lines.
  const middleTop = y;
  const room = o.size === 'slide' ? SLIDE.height - middleTop - footerH - legendH : Infinity;
  let middleH = 0;
  if (chart) {
    const scale = o.size === 'slide' ? Math.min(inner / chart.width, room / chart.height, 3) : panelScale;
    const w = chart.width * scale;
    const h = o.size === 'slide' ? Math.max(0, room) : chart.height * scale;
    c.parts.push(`<svg x="${num((width - w) / 2)}" y="${num(middleTop)}" width="${num(w)}" height="${num(h)}" viewBox="0 0 ${num(chart.width)} ${num(chart.height)}" preserveAspectRatio="xMidYMid meet" font-size="${num(chart.fontSize)}" fill="${colors.text}">${chart.body}</svg>`);
    middleH = h;
  } else if (input.headline) {
    const align: Align = o.size === 'slide' ? 'middle' : 'start';
    // As large as the scale allows, smaller when a long value would not fit on one line.
    const size = Math.min(s.headline, inner / Math.max(1, textWidth(input.headline.value, 1)));
    const noteH = input.headline.note ? s.note * 1.8 : 0;
    const blockH = size * 1.2 + noteH;
    const top = o.size === 'slide' ? middleTop + Math.max(0, (room - blockH) / 2) : middleTop;
    c.text(align, top + size * 0.95, input.headline.value, { size, fill: colors.text, weight: 700 });
    if (input.headline.note) c.text(align, top + size * 1.2 + s.note * 1.1, input.headline.note, { size: s.note, fill: colors.muted });
    middleH = o.size === 'slide' ? room : blockH;
  } else if (input.lines && input.lines.length > 0) {
    const n = input.lines.length;
    const size = o.size === 'slide' ? Math.max(12, Math.min(s.line, room / (n * 1.7))) : s.line;
    input.lines.forEach((line, i) => {
      const base = middleTop + i * size * 1.7 + size;
      c.text('start', base, truncate(line.label, inner * 0.62, size), { size, fill: colors.muted });
      c.text('end', base, truncate(line.value, inner * 0.36, size), { size, fill: colors.text, weight: 700 });
    });
    middleH = o.size === 'slide' ? room : n * size * 1.7;
  }
  y = middleTop + middleH + (middleH > 0 ? s.gap : 0);
  if (input.legend) y += legendBlock(c, input.legend, y, s, colors);

  // Footer: badge, sources, then a rule and the dashboard's name.
  y = o.size === 'slide' ? SLIDE.height - footerH + s.gap : y + s.gap;
  if (illustrative) {
    const label = o.t('status.illustrative');
    const bw = textWidth(label, s.source) + s.source;
    const bh = s.source * 1.6;
    const bx = c.x(0, bw);
    c.parts.push(`<rect x="${num(bx)}" y="${num(y)}" width="${num(bw)}" height="${num(bh)}" rx="3" fill="${BADGE.fill}" stroke="${BADGE.stroke}"/>`);
    c.text('middle', y + bh / 2 + s.source * 0.35, label, { size: s.source, fill: BADGE.text, weight: 600, x: bx + bw / 2 });
    y += badgeH;
  }
  for (const line of sources) {
    c.text('start', y + s.source, line, { size: s.source, fill: colors.muted });
    y += s.source * 1.4;
  }
  y += s.gap;
  c.parts.push(`<line x1="${num(s.pad)}" x2="${num(width - s.pad)}" y1="${num(y)}" y2="${num(y)}" stroke="${colors.grid}"/>`);
  c.text('start', y + s.brand * 1.45, o.t('app.title'), { size: s.brand, fill: colors.muted, weight: 600 });
  const height = o.size === 'slide' ? SLIDE.height : Math.ceil(y + s.brand * 1.8 + s.pad);

  const defs = c.defs.length > 0 ? `<defs>${c.defs.join('')}</defs>` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FIGURE_FONT.replaceAll("'", '&apos;')}" xml:lang="${o.lang}">`,
    `<title>${escapeXml(input.title)}</title>`,
    defs,
    `<rect width="${width}" height="${height}" fill="${colors.background}"/>`,
    ...c.parts,
    '</svg>',
    '',
  ].join('\n');
}

/** A legend alone, `width` wide (a slide's chart picture carries its legend under it): its markup and height. */
export function legendSvg(legend: FigureLegend, width: number, dir: 'ltr' | 'rtl'): { readonly markup: string; readonly height: number } {
  const s = SCALES.panel;
  const c = new Canvas(width, s.gap, dir);
  const height = legendBlock(c, legend, s.gap / 2, s, CHART_COLORS.light) + s.gap;
  const defs = c.defs.length > 0 ? `<defs>${c.defs.join('')}</defs>` : '';
  return { markup: defs + c.parts.join(''), height: Math.ceil(height) };
}

/** The legend's height, from a dry run on a scratch canvas. */
function measureLegend(legend: FigureLegend, width: number, s: Scale): number {
  return legendBlock(new Canvas(width, s.pad, 'ltr'), legend, 0, s, CHART_COLORS.light);
}

/** Width and height of a composed figure, read from its root element. */
export function figureSize(svg: string): { width: number; height: number } {
  const m = /<svg[^>]*?\swidth="(\d+(?:\.\d+)?)"[^>]*?\sheight="(\d+(?:\.\d+)?)"/.exec(svg);
  return { width: Number(m?.[1] ?? 0), height: Number(m?.[2] ?? 0) };
}
