// The deck as a PowerPoint file: one slide per deck item, the chart as an image, the title, figure and
// source lines as editable text, the summary as speaker notes, right to left for Arabic.
// pptxgenjs is loaded only when a deck is downloaded, so it never weighs on the first view.
import type { SlideText } from './deckSlides';
import { chartPng, type ChartPng } from './chartImage';

export interface PptxOptions {
  readonly lang: string;
  readonly rtl: boolean;
  /** The deck's title, for the file's properties. */
  readonly title: string;
  /** The dashboard's name, under each slide's source lines. */
  readonly credit: string;
}

// LAYOUT_WIDE is 13.333 x 7.5 inches (16:9).
const W = 13.333;
const M = 0.5;
const TEXT = '1D1D1F';
const MUTED = '4A4A50';
const BADGE = '6B4700';

/** The largest box of the image's shape that fits in w x h, centred. */
function fit(png: ChartPng, x: number, y: number, w: number, h: number) {
  const scale = Math.min(w / png.width, h / png.height);
  const iw = png.width * scale;
  const ih = png.height * scale;
  return { x: x + (w - iw) / 2, y: y + (h - ih) / 2, w: iw, h: ih };
}

export async function buildPptx(slides: readonly SlideText[], o: PptxOptions): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.rtlMode = o.rtl;
  pptx.title = o.title;
  const align = o.rtl ? 'right' : 'left';
  const base = { fontFace: 'Arial', color: TEXT, align, rtlMode: o.rtl, lang: o.lang, valign: 'top' } as const;
  for (const s of slides) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    slide.addText(s.title, { ...base, x: M, y: 0.35, w: W - 2 * M, h: 1.1, fontSize: 30, bold: true, fit: 'shrink' });
    if (s.figure !== null) {
      slide.addText(s.figure, { ...base, x: M, y: 1.8, w: W - 2 * M, h: 2.4, fontSize: 120, bold: true, valign: 'middle' });
      if (s.date) slide.addText(s.date, { ...base, x: M, y: 4.3, w: W - 2 * M, h: 0.6, fontSize: 22, color: MUTED });
    } else if (s.chart) {
      const png = await chartPng(s.chart, '#ffffff', s.legend, o.rtl ? 'rtl' : 'ltr');
      slide.addImage({ data: png.dataUrl, ...fit(png, M, 1.5, W - 2 * M, 4.6) });
    }
    const lines = [...(s.illustrative ? [s.illustrative] : []), ...s.sources, o.credit];
    slide.addText(
      lines.map((line, i) => ({
        text: line,
        options: { breakLine: i < lines.length - 1, ...(s.illustrative && i === 0 ? { bold: true, color: BADGE } : {}) },
      })),
      { ...base, x: M, y: 6.15, w: W - 2 * M, h: 1.15, fontSize: 13, color: MUTED, valign: 'bottom', fit: 'shrink' },
    );
    if (s.notes) slide.addNotes(s.notes);
  }
  return (await pptx.write({ outputType: 'blob', compression: true })) as Blob;
}

/** Saves a blob under a file name through a temporary link. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
