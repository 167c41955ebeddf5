// One paragraph saying what a ranked bar chart shows: highest, lowest, total (when summing means something),
// who has no figure and whether values are illustrative. Pure: the same rows the chart gets, text out.
import { sumRows } from './fold';
import type { BarRow } from './types';
import { illustrativeSentence, isKnown, isolate, listOf, missingSentence, qualified, sentences, type TextContext } from '../summaryText';

export interface BarSummaryOptions {
  /** False where rows overlap (e.g. SDG goals) and a total would double count. */
  readonly summable: boolean;
}

/** Rows sharing the extreme value, in label order; the value's qualifier is the first row's. */
function extreme(rows: readonly (BarRow & { value: number })[], pick: 'max' | 'min'): { labels: string[]; row: BarRow & { value: number } } {
  const target = pick === 'max' ? Math.max(...rows.map((r) => r.value)) : Math.min(...rows.map((r) => r.value));
  const hits = rows.filter((r) => r.value === target);
  return { labels: hits.map((r) => r.label), row: hits[0]! };
}

export function barSummary(rows: readonly BarRow[], ctx: TextContext, options: BarSummaryOptions): string {
  const { t } = ctx;
  const withValue = rows.filter((r): r is BarRow & { value: number } => isKnown(r.value));
  const missing = rows.filter((r) => !isKnown(r.value)).map((r) => r.label);
  const illustrative = illustrativeSentence(ctx, withValue.map((r) => r.status));
  if (withValue.length === 0) return sentences(t('charts.summary.none'), missingSentence(ctx, missing));
  if (withValue.length === 1) {
    const only = withValue[0]!;
    return sentences(t('charts.summary.only', { label: isolate(ctx, only.label), value: qualified(ctx, only.value, only.qualifier) }), missingSentence(ctx, missing), illustrative);
  }
  const top = extreme(withValue, 'max');
  const bottom = extreme(withValue, 'min');
  const total = options.summable ? sumRows(rows, 'derived') : null;
  return sentences(
    t('charts.summary.most', { count: top.labels.length, labels: listOf(ctx, top.labels.map((l) => isolate(ctx, l))), value: qualified(ctx, top.row.value, top.row.qualifier) }),
    t('charts.summary.least', { count: bottom.labels.length, labels: listOf(ctx, bottom.labels.map((l) => isolate(ctx, l))), value: qualified(ctx, bottom.row.value, bottom.row.qualifier) }),
    // A row without a figure makes the total a lower bound ("more than"), never a guess.
    total && total.value !== null ? t('charts.summary.total', { value: qualified(ctx, total.value, total.qualifier) }) : '',
    missingSentence(ctx, missing),
    illustrative,
  );
}
