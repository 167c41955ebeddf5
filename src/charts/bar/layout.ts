// Ranked horizontal bars: rows + size -> placed bars, labels, axis and total. Pure.
import { scaleLinear } from 'd3-scale';
import { valueAxisTicks } from '../valueAxis';
import { round1 } from '../../scales/round';
import { splitColumns } from '../../scales/columns';
import { textWidth, truncate } from '../../scales/textWidth';
import { illustrativeBadgeSize } from '../../components/IllustrativeBadge';
import { foldTopN } from './fold';
import type { BarGeometry, BarLayout, BarOptions, BarRow } from './types';

const LABEL_GAP = 6;
const AXIS_HEIGHT = 22;
const HEADER_HEIGHT = 24;
const MAX_BAR = 26;
/** Widest share of the chart the country names may take. */
const LABEL_SHARE = 0.38;

const known = (v: number | null): v is number => v !== null && Number.isFinite(v);

export function barLayout(rows: readonly BarRow[], width: number, height: number, options: BarOptions): BarLayout {
  const fontSize = options.fontSize ?? 12;
  const rtl = options.direction === 'rtl';
  const { shown, other, total } = foldTopN(rows, options.topN);
  const items: (BarRow & { isOther: boolean })[] = shown.map((r) => ({ ...r, isOther: false }));
  if (other) {
    items.push({ key: '__other', label: options.otherLabel(other.count), value: other.value, qualifier: other.qualifier, status: other.status, isOther: true });
  }

  const mark = (r: BarRow) => (r.caveat && options.caveatMark ? ` \u00b7 ${options.caveatMark}` : '');
  const valueText = (r: BarRow) => (known(r.value) ? options.formatValue(r.value, r.qualifier ?? 'exact') + mark(r) : options.noDataLabel);
  const texts = items.map(valueText);
  const hasIllustrative = rows.some((r) => r.status === 'illustrative');
  const totalText = options.totalLabel && total.value !== null ? options.totalLabel(options.formatValue(total.value, total.qualifier)) : null;
  const header = totalText !== null || hasIllustrative ? HEADER_HEIGHT : 0;

  // Label column: as wide as the longest label, but never more than LABEL_SHARE of the chart.
  const longest = Math.max(0, ...items.map((r) => textWidth(r.label, fontSize)));
  const cols = splitColumns(width, longest, Math.max(0, ...texts.map((s) => textWidth(s, fontSize))), LABEL_SHARE, LABEL_GAP);
  const labelCol = cols.label;
  const valueCol = cols.value;

  // Rows never get thinner than a line of text: the chart grows instead.
  const minBand = fontSize + 8;
  const plotH = Math.max(height - header - AXIS_HEIGHT, items.length * minBand);
  const band = items.length ? plotH / items.length : 0;
  const barH = Math.min(MAX_BAR, band * 0.72);

  const start = rtl ? width - labelCol : labelCol;
  const end = rtl ? valueCol : width - valueCol;
  const max = Math.max(1, ...items.map((r) => (known(r.value) ? r.value : 0)));
  const x = scaleLinear().domain([0, max]).range([start, end]);

  const bars: BarGeometry[] = items.map((r, i) => {
    const v = known(r.value) ? Math.max(0, r.value) : 0;
    const tip = x(v);
    const centerY = header + band * i + band / 2;
    const left = rtl ? tip : start;
    return {
      key: r.key,
      label: r.label,
      shownLabel: truncate(r.label, labelCol - LABEL_GAP * 2, fontSize),
      value: known(r.value) ? r.value : null,
      qualifier: r.qualifier ?? 'exact',
      status: r.status ?? 'reported',
      highlighted: r.highlighted ?? false,
      isOther: r.isOther,
      color: r.color,
      ...(r.caveat ? { caveat: r.caveat } : {}),
      ...(r.source ? { source: r.source } : {}),
      x: round1(left),
      y: round1(centerY - barH / 2),
      width: round1(Math.abs(tip - start)),
      height: round1(barH),
      labelX: round1(rtl ? start + LABEL_GAP : start - LABEL_GAP),
      labelAlign: rtl ? 'left' : 'right',
      valueText: truncate(texts[i] ?? '', valueCol - 4, fontSize),
      valueX: round1(rtl ? tip - 4 : tip + 4),
      valueAlign: rtl ? 'right' : 'left',
      centerY: round1(centerY),
    };
  });

  const axisY = header + plotH;
  const ticks = valueAxisTicks({ max, scale: x, width, labelCol, rtl, fontSize, formatTick: options.formatTick });

  const badgeWidth = hasIllustrative ? illustrativeBadgeSize(options.badgeLabel ?? 'Illustrative').width : 0;
  return {
    width,
    height: round1(axisY + AXIS_HEIGHT),
    direction: options.direction,
    fontSize,
    bars,
    axis: { y: round1(axisY), x0: round1(start), x1: round1(end), ticks: ticks.map((t) => ({ value: t.value, x: t.pos, label: t.label })) },
    baselineX: round1(start),
    total: totalText === null ? null : { text: truncate(totalText, width - badgeWidth - 12, fontSize), x: rtl ? width - 2 : 2, y: HEADER_HEIGHT / 2, align: rtl ? 'right' : 'left' },
    hasIllustrative,
    badge: hasIllustrative ? { x: rtl ? 1 : width - 1, y: 2 } : null,
  };
}
