// The numbers of a ranked bar chart as a table: one row per bar, largest first, as the chart orders them.
import { rankRows } from './fold';
import type { BarRow } from './types';
import { cellText, type ChartTable, type TextContext } from '../summaryText';

export interface BarTableHeaders {
  readonly caption: string;
  /** Header of the name column, e.g. "Country". */
  readonly label: string;
  /** Header of the value column, e.g. "National UN Volunteers". */
  readonly value: string;
}

export function barTable(rows: readonly BarRow[], ctx: TextContext, headers: BarTableHeaders): ChartTable {
  // A Source column where the rows name theirs (each country's figure may come from another publication).
  const sourced = rows.some((r) => r.source);
  return {
    caption: headers.caption,
    columns: sourced ? [headers.label, headers.value, ctx.t('charts.table.source')] : [headers.label, headers.value],
    rows: rankRows(rows).map((r) => {
      const value = cellText(ctx, r.value, r.qualifier, r.status) + (r.caveat ? ` (${r.caveat})` : '');
      return { key: r.key, header: r.label, cells: sourced ? [value, r.source ?? ''] : [value] };
    }),
  };
}
