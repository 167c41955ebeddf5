// A titled card holding one chart: its accessible name, a text summary, a "Show as table" toggle with the
// same numbers, and the source of every figure shown.
import { useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import type { ChartTable } from '../charts/summaryText';
import { ChartFrame } from './ChartFrame';
import { ChartSources, type SourceRef } from './ChartSources';
import { DataTableView } from './ChartPanelTable';
import { PanelActions, useHasPanelActions } from './PanelActions';
import type { ChartId } from '../state/chartIds';
import './ChartPanel.css';

export interface ChartPanelProps {
  /** Which chart this is, for the host's actions (download, present, embed); none without it. */
  readonly chartId?: ChartId;
  readonly title: string;
  /** Dataset, year or event, way of counting: the second line of an exported figure. */
  readonly subtitle?: string;
  /** One paragraph from the chart kind's summary function. */
  readonly summary: string;
  readonly table: ChartTable;
  /** Provenance of every figure the chart shows. */
  readonly sources: readonly (SourceRef | null | undefined)[];
  /** Chart height given to ChartFrame. */
  readonly height: number;
  /** Draws the chart at the measured width; null shows `empty` instead of a chart. */
  readonly children: ((width: number, height: number) => ReactNode) | null;
  /** Message when there is nothing to chart. */
  readonly empty?: string;
  /** Shown instead of the chart, summary and table when children is null (e.g. a list of who took part). */
  readonly fallback?: ReactNode;
  readonly note?: ReactNode;
}

export function ChartPanel({ chartId, title, subtitle, summary, table, sources, height, children, empty, fallback, note }: ChartPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const ref = useRef<HTMLElement | null>(null);
  const hasActions = useHasPanelActions() && chartId !== undefined;
  const titleId = `${id}-title`;
  const summaryId = `${id}-summary`;
  const tableId = `${id}-table`;
  const [showTable, setShowTable] = useState(false);
  return (
    <section ref={ref} className="card panel chart-panel" aria-labelledby={titleId} data-chart-id={chartId}>
      {hasActions ? (
        <div className="chart-panel__head">
          <h3 id={titleId}>{title}</h3>
          <PanelActions panel={{ chartId, title, ...(subtitle ? { subtitle } : {}), summary, table: children === null ? null : table, sources, element: ref }} />
        </div>
      ) : <h3 id={titleId}>{title}</h3>}
      {children === null ? (
        (fallback ?? <p className="empty">{empty ?? t('noData')}</p>)
      ) : (
        <>
          <div className="chart-panel__chart" role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
            <ChartFrame height={height}>{children}</ChartFrame>
          </div>
          <p id={summaryId} className="chart-summary">{summary}</p>
          <button type="button" className="chart-panel__toggle" aria-pressed={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
            {t('charts.panel.showTable')}
          </button>
          <div id={tableId} className="chart-panel__table" hidden={!showTable}>
            {showTable ? <DataTableView table={table} /> : null}
          </div>
        </>
      )}
      {note ? <div className="panel__note">{note}</div> : null}
      <ChartSources refs={sources} label={t('charts.panel.sources')} />
    </section>
  );
}
