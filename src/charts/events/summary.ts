// One paragraph about the events chart: for each measure, the event with the highest and the lowest figure
// and the events without one. Events are not summed (the same people attend several). Pure.
import type { Qualifier } from '../../data/types';
import type { EventMetric, EventRow } from './types';
import { illustrativeSentence, isKnown, isolate, listOf, qualified, sentences, type TextContext } from '../summaryText';

function metricSentence(rows: readonly EventRow[], metric: EventMetric, label: string, ctx: TextContext): string {
  const { t } = ctx;
  const q = (r: EventRow): Qualifier | undefined => (metric === 'delegates' ? r.delegatesQualifier : r.countriesQualifier);
  const withValue = rows.filter((r) => isKnown(r[metric])).sort((a, b) => (b[metric] ?? 0) - (a[metric] ?? 0));
  const missing = rows.filter((r) => !isKnown(r[metric])).map((r) => r.label);
  const top = withValue[0];
  const bottom = withValue.at(-1);
  let main: string;
  if (!top || !bottom) main = t('charts.summary.metricNone', { metric: label });
  else if (withValue.length === 1) main = t('charts.summary.metricOnly', { metric: label, label: isolate(ctx, top.label), value: qualified(ctx, top[metric]!, q(top)) });
  else {
    main = t('charts.summary.metricRange', {
      metric: label,
      top: isolate(ctx, top.label),
      topValue: qualified(ctx, top[metric]!, q(top)),
      bottom: isolate(ctx, bottom.label),
      bottomValue: qualified(ctx, bottom[metric]!, q(bottom)),
    });
  }
  const gap = missing.length && withValue.length ? t('charts.summary.metricMissing', { metric: label, labels: listOf(ctx, missing.map((l) => isolate(ctx, l))) }) : '';
  return sentences(main, gap);
}

export function eventsSummary(rows: readonly EventRow[], ctx: TextContext, labels: Readonly<Record<EventMetric, string>>): string {
  if (rows.length === 0) return ctx.t('charts.summary.none');
  const shown = rows.filter((r) => isKnown(r.delegates) || isKnown(r.countries));
  return sentences(
    metricSentence(rows, 'delegates', labels.delegates, ctx),
    metricSentence(rows, 'countries', labels.countries, ctx),
    illustrativeSentence(ctx, shown.map((r) => r.status)),
  );
}
