// One headline number with its qualifier, date and source; flagged when illustrative.
import { useRef } from 'react';
import type { Figure } from '../../transforms/figure';
import { PanelActions } from '../../components/PanelActions';
import { useI18n } from '../../i18n/I18nContext';
import { formatCount } from '../../scales/format';
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { SourceNote } from '../../components/SourceNote';
import { sourceDateToShow } from '../../components/sourceDate';
import { partialScope } from '../../transforms/partial';
import { formatIsoDate } from '../formatDate';
import type { ChartTable } from '../../charts/summaryText';

export interface KeyFigureCardProps {
  /** Which headline figure this is, for the host's actions (download, present); none without it. */
  readonly figureKey?: string;
  readonly label: string;
  /** Dataset, event or year, way of counting: the second line of an exported figure. */
  readonly subtitle?: string;
  /** Null when the data has no such figure. */
  readonly figure: Figure | null;
}

export function KeyFigureCard({ figureKey, label, subtitle, figure }: KeyFigureCardProps) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLElement | null>(null);
  const sourceDate = figure?.source ? sourceDateToShow(figure.source, figure.sourceDate) : null;
  const valueText = figure ? formatCount(figure.value, figure.qualifier, lang) : t('noData');
  const dateText = figure?.date ? formatIsoDate(figure.date, lang) : '';
  // The card's own row, for "Data (CSV)" and for an exported figure's number and date.
  const table: ChartTable = {
    caption: label,
    columns: [t('export.column.figure'), t('export.column.value'), t('charts.table.date'), t('export.column.source')],
    rows: [{ key: figureKey ?? 'figure', header: label, cells: [figure?.status === 'illustrative' ? t('charts.table.illustrative', { value: valueText }) : valueText, dateText, figure?.source ?? ''] }],
  };
  return (
    <article ref={ref} className="card key-figure" data-figure-key={figureKey}>
      <h3 className="key-figure__label">{label}</h3>
      <p className="key-figure__value">
        {valueText}
        {figure?.status === 'illustrative' ? <> <IllustrativeBadge /></> : null}
      </p>
      {dateText ? <p className="key-figure__date">{t('app.card.date', { date: dateText })}</p> : null}
      {partialScope(figure?.note) ? <p className="key-figure__date">{t('figure.partialNote', { scope: partialScope(figure?.note) ?? '' })}</p> : null}
      {figure?.source ? (
        <SourceNote
          source={figure.source}
          url={figure.sourceUrl}
          date={sourceDate ? formatIsoDate(sourceDate, lang) : null}
        />
      ) : null}
      {figureKey ? (
        <PanelActions panel={{
          chartId: 'key-figures', figureKey, title: label, ...(subtitle ? { subtitle } : {}), summary: `${label}: ${valueText}`, table,
          sources: figure ? [figure] : [], element: ref,
        }} />
      ) : null}
    </article>
  );
}
