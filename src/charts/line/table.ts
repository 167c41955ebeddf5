// The numbers of a line chart as a table: one row per year of the span (gaps included), one column per series.
import { yearSpan } from './layout';
import type { LineSeries } from './types';
import { cellText, yearText, type ChartTable, type TextContext } from '../summaryText';

export function lineTable(series: readonly LineSeries[], ctx: TextContext, caption: string): ChartTable {
  const byYear = series.map((s) => new Map(s.points.map((p) => [p.year, p])));
  return {
    caption,
    columns: [ctx.t('charts.table.year'), ...series.map((s) => s.label)],
    rows: yearSpan(series).map((year) => ({
      key: String(year),
      header: yearText(ctx, year),
      cells: byYear.map((m) => {
        const p = m.get(year);
        return cellText(ctx, p?.value ?? null, p?.qualifier, p?.status);
      }),
    })),
  };
}
