// One paragraph about the SDG charts: highest and lowest goal, the goals without data, and why there is no
// total (a placement can count under several goals). Pure: the same goals and values the charts get.
import { barSummary } from '../bar/summary';
import { sdgBarRows } from './rows';
import type { SdgGoal, SdgValues } from './types';
import { isKnown, listOf, sentences, type TextContext } from '../summaryText';
import { numberLocale } from '../../i18n/numberLocale';
import { numberFormat } from '../../i18n/intl';

export function sdgSummary(goals: readonly SdgGoal[], values: SdgValues, ctx: TextContext): string {
  const number = numberFormat(numberLocale(ctx.lang));
  const rows = sdgBarRows(goals, values, (g) => number.format(g));
  const withValue = rows.filter((r) => isKnown(r.value));
  const missing = goals.filter((_, i) => !isKnown(rows[i]?.value)).map((g) => number.format(g.goal));
  // The bar summary lists the goals without data by their long names; here they are listed by number.
  const main = barSummary(withValue, ctx, { summable: false });
  return sentences(
    main,
    missing.length ? ctx.t('charts.summary.sdgMissing', { count: missing.length, goals: listOf(ctx, missing) }) : '',
    ctx.t('charts.sdg.overlap'),
  );
}
