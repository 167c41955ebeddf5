// The numbers of the SDG charts as a table: the 17 goals in official order, "No data" where there is none.
import { sdgBarRows } from './rows';
import type { SdgGoal, SdgValues } from './types';
import { cellText, type ChartTable, type TextContext } from '../summaryText';
import { numberLocale } from '../../i18n/numberLocale';
import { numberFormat } from '../../i18n/intl';

export function sdgTable(goals: readonly SdgGoal[], values: SdgValues, ctx: TextContext, caption: string, valueHeader: string): ChartTable {
  const number = numberFormat(numberLocale(ctx.lang));
  const ordered = [...goals].sort((a, b) => a.goal - b.goal);
  return {
    caption,
    columns: [ctx.t('charts.table.goal'), valueHeader],
    rows: sdgBarRows(ordered, values, (g) => number.format(g)).map((r) => ({ key: r.key, header: r.label, cells: [cellText(ctx, r.value, r.qualifier, r.status)] })),
  };
}
