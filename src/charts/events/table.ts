// The numbers of the events chart as a table: one row per event, in the chart's (date) order.
import type { EventMetric, EventRow } from './types';
import { cellText, type ChartTable, type TextContext } from '../summaryText';

export function eventsTable(rows: readonly EventRow[], ctx: TextContext, caption: string, labels: Readonly<Record<EventMetric, string>>, formatDate: (iso: string) => string = (iso) => iso): ChartTable {
  return {
    caption,
    columns: [ctx.t('charts.table.event'), ctx.t('charts.table.date'), labels.delegates, labels.countries],
    rows: rows.map((r) => ({
      key: r.key,
      header: r.label,
      cells: [r.date ? formatDate(r.date) : '', cellText(ctx, r.delegates, r.delegatesQualifier, r.status), cellText(ctx, r.countries, r.countriesQualifier, r.status)],
    })),
  };
}
