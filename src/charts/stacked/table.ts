// The numbers of a stacked bar chart as a table: one column per part and a total only where every part is known.
import { seriesOf } from './layout';
import { stackTotal } from './total';
import { stackTextOptions } from './summary';
import type { StackedRow } from './types';
import { cellText, type ChartTable, type TextContext } from '../summaryText';

export function stackedTable(rows: readonly StackedRow[], ctx: TextContext, headers: { caption: string; label: string }): ChartTable {
  const series = seriesOf(rows);
  const opts = stackTextOptions(ctx);
  return {
    caption: headers.caption,
    columns: [headers.label, ...series.map((s) => s.label), ctx.t('charts.table.total')],
    rows: rows.map((row) => {
      const total = stackTotal(row, opts);
      const illustrative = row.segments.some((s) => s.status === 'illustrative' && s.value !== null);
      return {
        key: row.key,
        header: row.label,
        cells: [
          ...series.map((s) => {
            const seg = row.segments.find((x) => x.key === s.key);
            return cellText(ctx, seg?.value ?? null, seg?.qualifier, seg?.status);
          }),
          total.complete ? cellText(ctx, total.value, total.qualifier, illustrative ? 'illustrative' : 'reported') : ctx.t('noData'),
        ],
      };
    }),
  };
}
