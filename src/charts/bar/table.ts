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
  return {
    caption: headers.caption,
    columns: [headers.label, headers.value],
    rows: rankRows(rows).map((r) => ({ key: r.key, header: r.label, cells: [cellText(ctx, r.value, r.qualifier, r.status) + (r.caveat ? ` (${r.caveat})` : '')] })),
  };
}
