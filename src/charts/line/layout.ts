// Values over years: rows + size -> paths with gaps for missing years, markers and axes. Pure.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { Qualifier } from '../../data/types';
import { fitTicks } from '../../scales/axisTicks';
import { categoricalColor } from '../../scales/colors';
import { compactFormatter, yearFormatter } from '../../scales/format';
import { round1 } from '../../scales/round';
import { textWidth, truncate } from '../../scales/textWidth';
import { legendLayout } from '../../components/legendLayout';
import { illustrativeBadgeSize } from '../../components/IllustrativeBadge';
import type { LineLayout, LineOptions, LineSeries, MarkerShape, SeriesGeometry } from './types';

const AXIS_HEIGHT = 22;
const NOTE_ROW = 16;
const PAD = 8;

const SHAPES: Record<Qualifier, MarkerShape> = { exact: 'dot', approx: 'open', at_least: 'triangle' };

/** Every year from the first to the last with a point, in any series. */
export function yearSpan(series: readonly LineSeries[]): number[] {
  const years = series.flatMap((s) => s.points.map((p) => p.year)).filter(Number.isFinite);
  if (!years.length) return [];
  const lo = Math.min(...years);
  const hi = Math.max(...years);
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** Runs of consecutive years that have a value; a missing year ends a run (no interpolation). */
export function runsOf(values: readonly { year: number; value: number | null }[]): number[][] {
  const runs: number[][] = [];
  let current: number[] = [];
  for (const v of values) {
    if (v.value !== null && Number.isFinite(v.value)) current.push(v.year);
    else if (current.length) {
      runs.push(current);
      current = [];
    }
  }
  if (current.length) runs.push(current);
  return runs;
}

export function lineLayout(series: readonly LineSeries[], width: number, height: number, options: LineOptions): LineLayout {
  const fontSize = options.fontSize ?? 12;
  const rtl = options.direction === 'rtl';
  const years = yearSpan(series);
  const formatTick = options.formatTick ?? compactFormatter('en');
  const formatYear = options.formatYear ?? yearFormatter('en');

  const colored = series.map((s, i) => ({ ...s, color: s.color ?? categoricalColor(i) }));
  const hasIllustrative = series.some((s) => s.points.some((p) => p.status === 'illustrative' && p.value !== null));
  const badgeRoom = hasIllustrative ? illustrativeBadgeSize(options.badgeLabel ?? 'Illustrative').width + 12 : 0;
  const legend = series.length > 1 ? legendLayout(colored, width - badgeRoom, fontSize, rtl, rtl ? badgeRoom : 0) : { entries: [], height: 0 };

  const filled = colored.map((s) => {
    const byYear = new Map(s.points.map((p) => [p.year, p]));
    return years.map((year) => {
      const p = byYear.get(year);
      return { year, value: p && p.value !== null && Number.isFinite(p.value) ? p.value : null, qualifier: p?.qualifier ?? 'exact', status: p?.status ?? 'reported' };
    });
  });
  const all = filled.flat();
  const used = new Set(all.filter((p) => p.value !== null).map((p) => p.qualifier));
  const hasGap = filled.some((f) => runsOf(f).length > 1 || f.some((p) => p.value === null));
  const noteTexts: { text: string; shape: MarkerShape | null }[] = [];
  if (used.has('approx')) noteTexts.push({ text: options.notes.approx, shape: 'open' });
  if (used.has('at_least')) noteTexts.push({ text: options.notes.at_least, shape: 'triangle' });
  if (hasGap) noteTexts.push({ text: options.notes.gap, shape: null });

  const max = Math.max(1, ...all.map((p) => p.value ?? 0));
  const top = Math.max(legend.height, hasIllustrative ? 22 : 0) + PAD + fontSize / 2;
  const bottom = Math.max(top + 40, height - AXIS_HEIGHT - noteTexts.length * NOTE_ROW);
  const y = scaleLinear().domain([0, max]).nice().range([bottom, top]);
  const yTicks = fitTicks({ domain: y.domain() as [number, number], scale: y, bounds: [top - fontSize / 2, bottom + fontSize / 2], format: formatTick, fontSize: fontSize - 1, orientation: 'vertical', spacing: 40 });
  const yLabelWidth = Math.max(0, ...yTicks.map((t) => textWidth(t.label, fontSize - 1)));
  const axisRoom = yLabelWidth + PAD;
  const edge = Math.max(PAD, textWidth(formatYear(years.at(-1) ?? 0), fontSize - 1) / 2 + 2);
  const left = rtl ? edge : axisRoom + PAD;
  const right = rtl ? width - axisRoom - PAD : width - edge;
  const x = scaleLinear()
    .domain([years[0] ?? 0, years.at(-1) ?? 1])
    .range(rtl ? [right, left] : [left, right]);
  if (years.length === 1) x.domain([(years[0] ?? 0) - 1, (years[0] ?? 0) + 1]);
  const xTicks = fitTicks({ domain: x.domain() as [number, number], scale: x, bounds: [0, width], format: formatYear, fontSize: fontSize - 1, orientation: 'horizontal', integer: true, spacing: 56 });

  const path = line<{ year: number; value: number | null }>()
    .defined((p) => p.value !== null)
    .x((p) => round1(x(p.year)))
    .y((p) => round1(y(p.value ?? 0)));

  const geometry: SeriesGeometry[] = colored.map((s, i) => {
    const points = filled[i] ?? [];
    return {
      key: s.key,
      label: s.label,
      color: s.color,
      path: path(points) ?? '',
      runs: runsOf(points),
      markers: points.flatMap((p) =>
        p.value === null
          ? []
          : [{ year: p.year, value: p.value, x: round1(x(p.year)), y: round1(y(p.value)), shape: SHAPES[p.qualifier], qualifier: p.qualifier, status: p.status, text: `${formatYear(p.year)}: ${options.formatValue(p.value, p.qualifier)}` }],
      ),
    };
  });

  const notesTop = bottom + AXIS_HEIGHT;
  return {
    width,
    height: round1(notesTop + noteTexts.length * NOTE_ROW + 2),
    direction: options.direction,
    fontSize,
    plot: { left: round1(left), right: round1(right), top: round1(top), bottom: round1(bottom) },
    series: geometry,
    legend: legend.entries,
    xTicks: xTicks.map((t) => ({ value: t.value, x: t.pos, label: t.label })),
    yTicks: yTicks.map((t) => ({ value: t.value, y: t.pos, label: t.label })),
    yLabelX: round1(rtl ? right + PAD : left - PAD),
    yLabelAlign: rtl ? 'left' : 'right',
    notes: noteTexts.map((n, i) => ({ text: truncate(n.text, width - 24, fontSize - 1), shape: n.shape, y: round1(notesTop + i * NOTE_ROW + NOTE_ROW / 2) })),
    notesX: rtl ? width - 2 : 2,
    hasIllustrative,
    badge: hasIllustrative ? { x: rtl ? 1 : width - 1, y: 1 } : null,
  };
}
