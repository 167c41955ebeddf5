// Stacked horizontal bars (e.g. national + international per country): rows + size -> geometry. Pure.
import { scaleLinear } from 'd3-scale';
import { categoricalColor } from '../../scales/colors';
import { textColorOn } from '../../scales/contrast';
import { compactFormatter } from '../../scales/format';
import { valueAxisTicks } from '../valueAxis';
import { round1 } from '../../scales/round';
import { splitColumns } from '../../scales/columns';
import { textWidth, truncate, wrap } from '../../scales/textWidth';
import { illustrativeBadgeSize } from '../../components/IllustrativeBadge';
import { legendLayout } from '../../components/legendLayout';
import { stackTotal } from './total';
import type { SegmentGeometry, StackedLayout, StackedOptions, StackedRow } from './types';

const GAP = 6;
const AXIS_HEIGHT = 22;
const MAX_BAR = 26;
const LABEL_SHARE = 0.38;

const known = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** Series in order of first appearance, each with the first colour given for it or a palette colour. */
export function seriesOf(rows: readonly StackedRow[]): { key: string; label: string; color: string }[] {
  const seen = new Map<string, { key: string; label: string; color: string }>();
  for (const row of rows) {
    for (const s of row.segments) {
      if (!seen.has(s.key)) seen.set(s.key, { key: s.key, label: s.label, color: s.color ?? categoricalColor(seen.size) });
    }
  }
  return [...seen.values()];
}

/**
 * The bar-end text as drawn: one line when it fits; else, when the row band has room, one line per phrase
 * (wrapped by words if a phrase is still too long); else one shortened line.
 */
function endLines(phrases: readonly string[], join: string, full: string, room: number, centerY: number, band: number, fontSize: number): { text: string; y: number }[] {
  const lineH = fontSize + 2;
  const maxLines = Math.floor((band - 2) / lineH);
  if (textWidth(full, fontSize) <= room || maxLines < 2 || phrases.length < 2) return [{ text: truncate(full, room, fontSize), y: round1(centerY) }];
  let lines = phrases.flatMap((p, k) => wrap(k < phrases.length - 1 ? `${p}${join.trimEnd()}` : p, room, fontSize, maxLines));
  if (lines.length > maxLines) lines = wrap(full, room, fontSize, maxLines);
  const first = centerY - ((lines.length - 1) * lineH) / 2;
  return lines.map((text, k) => ({ text, y: round1(first + k * lineH) }));
}

export function stackedLayout(rows: readonly StackedRow[], width: number, height: number, options: StackedOptions): StackedLayout {
  const fontSize = options.fontSize ?? 12;
  const rtl = options.direction === 'rtl';
  const series = seriesOf(rows);
  const colorOf = new Map(series.map((s) => [s.key, s.color]));
  const hasIllustrative = rows.some((r) => r.segments.some((s) => s.status === 'illustrative'));
  // The badge takes the top corner opposite the legend's start.
  const badgeRoom = hasIllustrative ? illustrativeBadgeSize(options.badgeLabel ?? 'Illustrative').width + 12 : 0;
  const legend = legendLayout(series, width - badgeRoom, fontSize, rtl, rtl ? badgeRoom : 0);
  const top = Math.max(legend.height, hasIllustrative ? 22 : 0) + 6;

  const textOptions = {
    formatValue: options.formatValue,
    noDataLabel: options.noDataLabel,
    formatPart: options.formatPart ?? ((value: string, label: string) => `${value} ${label.toLowerCase()}`),
    missingPart: options.missingPart ?? ((label: string) => `${label.toLowerCase()} not published`),
    join: options.join ?? '; ',
  };
  const totals = rows.map((row) => stackTotal(row, textOptions));

  const longest = Math.max(0, ...rows.map((r) => textWidth(r.label, fontSize)));
  const widths = totals.map((t) => textWidth(t.text, fontSize));
  const cols = splitColumns(width, longest, Math.max(0, ...widths), LABEL_SHARE, GAP);
  const labelCol = cols.label;
  const max = Math.max(1, ...totals.map((t) => t.drawn));
  // The plot is as wide as it can be while every bar-end text still fits after its own bar: a long
  // "not published" text beside a short bar does not shrink the scale of the others.
  const plotH = Math.max(height - top - AXIS_HEIGHT, rows.length * (fontSize + 8));
  const band = rows.length ? plotH / rows.length : 0;
  // Text needed after each bar: its longest phrase when the phrases can go on separate lines.
  const stackable = (t: (typeof totals)[number]) => t.phrases.length > 1 && band >= 2 * (fontSize + 2) + 2;
  const needed = totals.map((t, i) => (stackable(t) ? Math.min(Math.max(...t.phrases.map((p) => textWidth(p, fontSize))), width * 0.35) : (widths[i] ?? 0)));
  const room = width - labelCol - 6;
  const fitted = totals.reduce((w, t, i) => (t.drawn > 0 ? Math.min(w, ((room - (needed[i] ?? 0)) * max) / t.drawn) : w), room);
  const plotW = Math.max(Math.min(60, width * 0.25), fitted);
  const valueCol = width - labelCol - plotW;
  const barH = Math.min(MAX_BAR, band * 0.72);
  const start = rtl ? width - labelCol : labelCol;
  const end = rtl ? valueCol : width - valueCol;
  const x = scaleLinear().domain([0, max]).range([start, end]);

  const bars = rows.map((row, i) => {
    const centerY = top + band * i + band / 2;
    let acc = 0;
    const segments: SegmentGeometry[] = row.segments.map((s) => {
      const v = known(s.value) ? Math.max(0, s.value) : 0;
      const a = x(acc);
      const b = x(acc + v);
      acc += v;
      const color = colorOf.get(s.key) ?? categoricalColor(0);
      const valueText = known(s.value) ? options.formatValue(s.value, s.qualifier) : options.noDataLabel;
      const segW = Math.abs(b - a);
      const compact = known(s.value) ? (options.formatTick ?? compactFormatter('en'))(s.value) : '';
      const inside = segW >= textWidth(compact, fontSize - 1) + 8 && compact ? compact : null;
      return {
        key: s.key,
        label: s.label,
        value: known(s.value) ? s.value : null,
        qualifier: s.qualifier ?? 'exact',
        status: s.status ?? 'reported',
        color,
        textColor: textColorOn(color),
        x: round1(Math.min(a, b)),
        width: round1(segW),
        inside,
        insideX: round1((a + b) / 2),
        valueText,
      };
    });
    const tip = x(acc);
    const total = totals[i];
    const room = rtl ? tip - 4 : width - tip - 4;
    const totalText = truncate(total?.text ?? '', room, fontSize);
    return {
      key: row.key,
      label: row.label,
      highlighted: row.highlighted ?? false,
      complete: total?.complete ?? false,
      fullTotalText: total?.text ?? '',
      x: round1(Math.min(start, tip)),
      width: round1(Math.abs(tip - start)),
      shownLabel: truncate(row.label, labelCol - GAP * 2, fontSize),
      y: round1(centerY - barH / 2),
      height: round1(barH),
      centerY: round1(centerY),
      labelX: round1(rtl ? start + GAP : start - GAP),
      segments,
      totalText,
      totalLines: endLines(total?.phrases ?? [], textOptions.join, total?.text ?? '', room, centerY, band, fontSize),
      totalX: round1(rtl ? tip - 4 : tip + 4),
    };
  });

  const axisY = top + plotH;
  const ticks = valueAxisTicks({ max, scale: x, width, labelCol, rtl, fontSize, formatTick: options.formatTick });
  return {
    width,
    height: round1(axisY + AXIS_HEIGHT),
    direction: options.direction,
    fontSize,
    legend: legend.entries,
    bars,
    labelAlign: rtl ? 'left' : 'right',
    totalAlign: rtl ? 'right' : 'left',
    baselineX: round1(start),
    plotTop: round1(top),
    axis: { y: round1(axisY), ticks: ticks.map((t) => ({ value: t.value, x: t.pos, label: t.label })) },
    hasIllustrative,
    badge: hasIllustrative ? { x: rtl ? 1 : width - 1, y: 1 } : null,
  };
}
