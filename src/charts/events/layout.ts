// Event comparison as two small multiples (delegates, countries), each on its own scale. Pure.
import { scaleLinear } from 'd3-scale';
import { fitTicks } from '../../scales/axisTicks';
import { compactFormatter } from '../../scales/format';
import { round1 } from '../../scales/round';
import { splitColumns } from '../../scales/columns';
import { textWidth, truncate } from '../../scales/textWidth';
import type { EventBar, EventLabel, EventMetric, EventPanel, EventRow, EventsLayout, EventsOptions } from './types';

const GAP = 6;
const TITLE_H = 22;
const AXIS_H = 22;
const PANEL_GAP = 24;
/** Below this width the panels go one above the other. */
export const SIDE_BY_SIDE_MIN = 600;
const METRICS: readonly EventMetric[] = ['delegates', 'countries'];

const known = (v: number | null): v is number => v !== null && Number.isFinite(v);

/** Oldest event first; ISO dates sort as text. */
export function byDate(rows: readonly EventRow[]): EventRow[] {
  return [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1));
}

interface Box {
  readonly start: number; // page x where bars start (right edge when rtl)
  readonly end: number; // page x of the longest bar's tip
  readonly top: number;
  readonly band: number;
}

export function eventsLayout(rows: readonly EventRow[], width: number, height: number, options: EventsOptions): EventsLayout {
  const fontSize = options.fontSize ?? 12;
  const rtl = options.direction === 'rtl';
  const events = byDate(rows);
  const formatDate = options.formatDate ?? ((iso: string) => iso);
  const side = width >= SIDE_BY_SIDE_MIN;
  const hasIllustrative = events.some((e) => e.status === 'illustrative');
  const header = hasIllustrative ? 24 : 0;
  const n = events.length;
  const minBand = fontSize * 2 + 12; // name and date on two lines
  const texts = (m: EventMetric) =>
    events.map((e) => {
      const v = e[m];
      return known(v) ? options.formatValue(v, (m === 'delegates' ? e.delegatesQualifier : e.countriesQualifier) ?? 'exact') : options.noDataLabel;
    });
  const longest = Math.max(0, ...events.map((e) => Math.max(textWidth(e.label, fontSize), textWidth(formatDate(e.date), fontSize - 1))));
  const longestValue = Math.max(0, ...METRICS.flatMap((m) => texts(m).map((s) => textWidth(s, fontSize))));
  // Side by side, each panel keeps its own value room; the label column is shared.
  const labelCol = side ? Math.min(longest + GAP * 2, width * 0.28) : splitColumns(width, longest, longestValue, 0.36, GAP).label;

  const labelsAt = (edge: number, top: number, band: number): EventLabel[] =>
    events.map((e, i) => {
      const cy = top + band * i + band / 2;
      return { key: e.key, name: e.label, shownName: truncate(e.label, labelCol - GAP * 2, fontSize), date: truncate(formatDate(e.date), labelCol - GAP * 2, fontSize - 1), x: round1(edge), nameY: round1(cy - fontSize * 0.55), dateY: round1(cy + fontSize * 0.65) };
    });

  const panel = (metric: EventMetric, box: Box, labels: EventLabel[] | null): EventPanel => {
    const vt = texts(metric);
    const valueRoomPx = valueRoom(metric);
    const max = Math.max(1, ...events.map((e) => (known(e[metric]) ? (e[metric] as number) : 0)));
    const x = scaleLinear().domain([0, max]).range([box.start, box.end]);
    const barH = Math.min(24, box.band * 0.6);
    const bars: EventBar[] = events.map((e, i) => {
      const v = e[metric];
      const tip = x(known(v) ? Math.max(0, v) : 0);
      const cy = box.top + box.band * i + box.band / 2;
      return {
        key: e.key,
        value: known(v) ? v : null,
        qualifier: (metric === 'delegates' ? e.delegatesQualifier : e.countriesQualifier) ?? 'exact',
        status: e.status ?? 'reported',
        x: round1(Math.min(box.start, tip)),
        y: round1(cy - barH / 2),
        width: round1(Math.abs(tip - box.start)),
        height: round1(barH),
        centerY: round1(cy),
        valueText: truncate(vt[i] ?? '', valueRoomPx - 4, fontSize),
        valueX: round1(rtl ? tip - 4 : tip + 4),
      };
    });
    const axisY = box.top + box.band * n;
    const lo = Math.min(box.start, box.end);
    const hi = Math.max(box.start, box.end);
    const ticks = fitTicks({ domain: [0, max], scale: x, bounds: [lo - 8, hi + 8], format: options.formatTick ?? compactFormatter('en'), fontSize: fontSize - 1, orientation: 'horizontal' });
    return {
      metric,
      title: options.metricLabels[metric],
      titleX: round1(box.start),
      titleY: round1(box.top - TITLE_H / 2),
      baselineX: round1(box.start),
      top: round1(box.top),
      axisY: round1(axisY),
      bars,
      ticks: ticks.map((t) => ({ value: t.value, x: t.pos, label: t.label })),
      labels,
    };
  };

  const valueRoom = (m: EventMetric) => Math.min(Math.max(0, ...texts(m).map((s) => textWidth(s, fontSize))) + GAP, side ? width * 0.2 : width * 0.45);
  const page = (offset: number) => (rtl ? width - offset : offset); // logical offset from the start edge -> page x
  let panels: EventPanel[];
  let sharedLabels: EventLabel[] | null = null;
  let bottom: number;
  if (side) {
    const top = header + TITLE_H;
    const band = Math.max(minBand, (height - top - AXIS_H) / Math.max(1, n));
    const panelW = (width - labelCol - PANEL_GAP) / 2;
    sharedLabels = labelsAt(page(labelCol - GAP), top, band);
    panels = METRICS.map((m, k) => {
      const s = labelCol + k * (panelW + PANEL_GAP);
      return panel(m, { start: page(s), end: page(s + panelW - valueRoom(m)), top, band }, null);
    });
    bottom = top + band * n + AXIS_H;
  } else {
    const per = (height - header) / 2;
    const band = Math.max(minBand, (per - TITLE_H - AXIS_H) / Math.max(1, n));
    const panelH = TITLE_H + band * n + AXIS_H + 8;
    panels = METRICS.map((m, k) => {
      const top = header + k * panelH + TITLE_H;
      return panel(m, { start: page(labelCol), end: page(width - valueRoom(m)), top, band }, labelsAt(page(labelCol - GAP), top, band));
    });
    bottom = header + panelH * 2 - 8;
  }
  return {
    width,
    height: round1(bottom),
    direction: options.direction,
    fontSize,
    arrangement: side ? 'side' : 'stacked',
    panels,
    sharedLabels,
    labelAlign: rtl ? 'left' : 'right',
    valueAlign: rtl ? 'right' : 'left',
    hasIllustrative,
    badge: hasIllustrative ? { x: rtl ? 1 : width - 1, y: 2 } : null,
  };
}

