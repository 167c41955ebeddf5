// One paragraph about a stacked bar chart: the longest and shortest bars in words, saying which part is
// missing rather than summing what is known. Pure: the same rows the chart gets, text out.
import { stackTotal, type StackTextOptions } from './total';
import type { StackedRow } from './types';
import { illustrativeSentence, isolate, missingSentence, qualified, sentences, type TextContext } from '../summaryText';

/** Up to this many bars are described one by one. */
const DESCRIBED = 3;

/** The bar-end wording of the chart, in the language of ctx. */
export function stackTextOptions(ctx: TextContext): StackTextOptions {
  return {
    formatValue: (value, qualifier) => qualified(ctx, value, qualifier),
    noDataLabel: ctx.t('noData'),
    formatPart: (value, label) => ctx.t('charts.stacked.part', { value, label: label.toLocaleLowerCase(ctx.lang) }),
    missingPart: (label) => ctx.t('charts.stacked.missing', { label: label.toLocaleLowerCase(ctx.lang) }),
    join: ctx.t('charts.stacked.join'),
  };
}

export function stackedSummary(rows: readonly StackedRow[], ctx: TextContext): string {
  const { t } = ctx;
  const opts = stackTextOptions(ctx);
  const totals = rows.map((row) => ({ row, total: stackTotal(row, opts) }));
  const drawn = totals.filter((x) => x.total.drawn > 0 || x.total.complete);
  const empty = totals.filter((x) => !(x.total.drawn > 0 || x.total.complete)).map((x) => x.row.label);
  const statuses = rows.flatMap((r) => r.segments.filter((s) => s.value !== null).map((s) => s.status));
  if (drawn.length === 0) return sentences(t('charts.summary.none'), missingSentence(ctx, empty));
  // Ordered as the chart draws them: by bar length.
  const ranked = [...drawn].sort((a, b) => b.total.drawn - a.total.drawn);
  const described = ranked.length <= DESCRIBED ? ranked : [ranked[0]!, ranked.at(-1)!];
  const partial = drawn.filter((x) => !x.total.complete).length;
  return sentences(
    ...described.map((x) => t('charts.summary.row', { label: isolate(ctx, x.row.label), value: x.total.text })),
    ranked.length > DESCRIBED && partial > 0 ? t('charts.summary.rowsMissingPart', { count: partial }) : '',
    missingSentence(ctx, empty),
    illustrativeSentence(ctx, statuses),
  );
}
