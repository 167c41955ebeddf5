// Shared pieces of the generated chart summaries and tables: qualified numbers, lists, years. Pure.
import type { Lang, Qualifier, RowStatus } from '../data/types';
import type { Translate } from '../i18n/translate';
import { yearFormatter } from '../scales/format';
import { AND_LIST, listFormat } from '../i18n/intl';

/** What every summary and table builder needs from the current language. */
export interface TextContext {
  readonly t: Translate;
  readonly lang: Lang;
  /** How a value is written when it has a unit (an indicator's "12.5%", "4.5 per 1,000"); a count otherwise. */
  readonly formatValue?: (value: number) => string;
}

/** A table of the numbers a chart shows: first column is the row header. */
export interface ChartTable {
  readonly caption: string;
  /** Header of every column, the row-header column first. */
  readonly columns: readonly string[];
  readonly rows: readonly { readonly key: string; readonly header: string; readonly cells: readonly string[] }[];
}

/** Up to this many names are listed; beyond it a summary gives a count. */
export const MAX_LISTED = 5;

const known = (v: number | null | undefined): v is number => v !== null && v !== undefined && Number.isFinite(v);
export { known as isKnown };

/** "65", "more than 9", "about 15,000" (Intl-formatted through t). */
export function qualified(ctx: TextContext, value: number, qualifier: Qualifier | undefined): string {
  return ctx.t(`qualifier.${qualifier ?? 'exact'}`, { value: ctx.formatValue ? ctx.formatValue(value) : value });
}

/** A table cell: the qualified value, "No data", and "(illustrative)" when so. */
export function cellText(ctx: TextContext, value: number | null | undefined, qualifier: Qualifier | undefined, status: RowStatus | undefined): string {
  if (!known(value)) return ctx.t('noData');
  const text = qualified(ctx, value, qualifier);
  return status === 'illustrative' ? ctx.t('charts.table.illustrative', { value: text }) : text;
}

/** A name inside a sentence, isolated (FSI...PDI) in right-to-left text so a Latin name keeps its punctuation in place. */
export function isolate(ctx: TextContext, name: string): string {
  return ctx.lang === 'ar' ? `\u2068${name}\u2069` : name;
}

/** "A, B and C" in the language. */
export function listOf(ctx: TextContext, items: readonly string[]): string {
  return listFormat(ctx.lang, AND_LIST).format(items);
}

export function yearText(ctx: TextContext, year: number): string {
  return yearFormatter(ctx.lang)(year);
}

/** The illustrative sentence, or '' when no shown value is illustrative. */
export function illustrativeSentence(ctx: TextContext, statuses: readonly (RowStatus | undefined)[]): string {
  const n = statuses.filter((s) => s === 'illustrative').length;
  if (n === 0) return '';
  return n === statuses.length ? ctx.t('charts.summary.allIllustrative') : ctx.t('charts.summary.someIllustrative');
}

/** "No figure for A and B." or "No figure for 7 more." */
export function missingSentence(ctx: TextContext, labels: readonly string[]): string {
  if (labels.length === 0) return '';
  return labels.length <= MAX_LISTED ? ctx.t('charts.summary.missing', { labels: listOf(ctx, labels.map((l) => isolate(ctx, l))) }) : ctx.t('charts.summary.missingCount', { count: labels.length });
}

/** Sentences joined by spaces, empty ones dropped. */
export function sentences(...parts: readonly string[]): string {
  return parts.filter((p) => p !== '').join(' ');
}
