// What each Download menu item does. The export code is loaded on first use (dynamic import), so none of it
// is in the first view's JavaScript.
import type { PanelInfo } from '../../components/PanelActions';
import type { Lang } from '../../data/types';
import type { Translate } from '../../i18n/translate';
import { downloadBlob } from '../../table/download';

export const EXPORT_ITEMS = ['png', 'slide', 'svg', 'copy', 'csv'] as const;
export type ExportItem = (typeof EXPORT_ITEMS)[number];

export interface ExportContext {
  readonly lang: Lang;
  readonly t: Translate;
}

/** A message for the reader: done, or what went wrong and what to do. */
export interface ExportOutcome {
  readonly kind: 'done' | 'refused' | 'error';
  readonly message: string;
}

const loadExport = () => import('../../export');

/** Panels that draw a chart cannot be exported before it is drawn (the map's geometry may still be loading). */
const DRAWN_WITHOUT_CHART = new Set(['key-figures', 'country-profile']);

class NoChart extends Error {}

async function figureOptions(panel: PanelInfo, ctx: ExportContext, size: 'panel' | 'slide') {
  const mod = await loadExport();
  const element = panel.element.current;
  if (!element || (!DRAWN_WITHOUT_CHART.has(panel.chartId) && !mod.panelChartSvg(element))) throw new NoChart();
  return { mod, options: { lang: ctx.lang, theme: mod.exportTheme(), size, t: ctx.t } };
}

async function png(panel: PanelInfo, ctx: ExportContext, size: 'panel' | 'slide'): Promise<Blob> {
  const { mod, options } = await figureOptions(panel, ctx, size);
  return (await mod.panelPng(panel, options)).blob;
}

/** Copies the PNG; the ClipboardItem gets a promise, so the browser still counts the click as the reason. */
async function copy(panel: PanelInfo, ctx: ExportContext): Promise<ExportOutcome> {
  const refused = { kind: 'refused', message: ctx.t('export.copyRefused') } as const;
  if (typeof ClipboardItem === 'undefined' || !navigator.clipboard?.write) return refused;
  const blob = png(panel, ctx, 'panel');
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return { kind: 'done', message: ctx.t('export.copied') };
  } catch (e) {
    // The figure itself failing is an export error; anything else is the browser saying no.
    const own = await blob.then(() => null, (err: unknown) => err);
    if (own) throw own;
    return e instanceof DOMException && e.name !== 'NotAllowedError' && e.name !== 'SecurityError' ? { kind: 'error', message: ctx.t('export.failed', { message: e.message }) } : refused;
  }
}

export async function runExport(item: ExportItem, panel: PanelInfo, ctx: ExportContext): Promise<ExportOutcome> {
  try {
    if (item === 'copy') return await copy(panel, ctx);
    const mod = await loadExport();
    let file: string;
    if (item === 'csv') {
      if (!panel.table) throw new NoChart();
      file = mod.exportFileName(panel.title, 'csv');
      downloadBlob(mod.panelCsvBlob(panel.table), file);
    } else if (item === 'svg') {
      const { options } = await figureOptions(panel, ctx, 'panel');
      file = mod.exportFileName(panel.title, 'svg');
      downloadBlob(new Blob([mod.composePanelSvg(panel, options)], { type: 'image/svg+xml;charset=utf-8' }), file);
    } else {
      const blob = await png(panel, ctx, item === 'slide' ? 'slide' : 'panel');
      file = mod.exportFileName(item === 'slide' ? `${panel.title} slide` : panel.title, 'png');
      downloadBlob(blob, file);
    }
    return { kind: 'done', message: ctx.t('export.done', { file }) };
  } catch (e) {
    if (e instanceof NoChart) return { kind: 'error', message: ctx.t('export.noChart') };
    return { kind: 'error', message: ctx.t('export.failed', { message: e instanceof Error ? e.message : String(e) }) };
  }
}
