// One paragraph about a line chart: each series from its first to its last figure, and the years without
// a figure (gaps are named, never interpolated). Pure: the same series the chart gets, text out.
import type { LineSeries } from './types';
import { illustrativeSentence, isKnown, isolate, listOf, qualified, sentences, yearText, type TextContext } from '../summaryText';

function seriesSentence(s: LineSeries, ctx: TextContext): string {
  const { t } = ctx;
  const points = [...s.points].filter((p) => isKnown(p.value)).sort((a, b) => a.year - b.year);
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return t('charts.summary.noSeries', { series: isolate(ctx, s.label) }) + t('charts.summary.noGaps');
  const withValue = new Set(points.map((p) => p.year));
  const gaps: string[] = [];
  for (let y = first.year + 1; y < last.year; y++) if (!withValue.has(y)) gaps.push(yearText(ctx, y));
  const end = gaps.length ? t('charts.summary.gaps', { years: listOf(ctx, gaps) }) : t('charts.summary.noGaps');
  if (first === last) return t('charts.summary.single', { series: isolate(ctx, s.label), value: qualified(ctx, first.value!, first.qualifier), year: yearText(ctx, first.year) }) + end;
  const key = last.value! > first.value! ? 'charts.summary.rose' : last.value! < first.value! ? 'charts.summary.fell' : 'charts.summary.flat';
  return t(key, {
    series: isolate(ctx, s.label),
    from: qualified(ctx, first.value!, first.qualifier),
    fromYear: yearText(ctx, first.year),
    to: qualified(ctx, last.value!, last.qualifier),
    toYear: yearText(ctx, last.year),
  }) + end;
}

export function lineSummary(series: readonly LineSeries[], ctx: TextContext): string {
  if (series.length === 0) return ctx.t('charts.summary.none');
  const statuses = series.flatMap((s) => s.points.filter((p) => isKnown(p.value)).map((p) => p.status));
  return sentences(...series.map((s) => seriesSentence(s, ctx)), illustrativeSentence(ctx, statuses));
}
