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

export interface KeyFigureCardProps {
  /** Which headline figure this is, for the host's actions (download, present); none without it. */
  readonly figureKey?: string;
  readonly label: string;
  /** Null when the data has no such figure. */
  readonly figure: Figure | null;
}

export function KeyFigureCard({ figureKey, label, figure }: KeyFigureCardProps) {
  const { t, lang } = useI18n();
  const ref = useRef<HTMLElement | null>(null);
  const sourceDate = figure?.source ? sourceDateToShow(figure.source, figure.sourceDate) : null;
  const valueText = figure ? formatCount(figure.value, figure.qualifier, lang) : t('noData');
  return (
    <article ref={ref} className="card key-figure" data-figure-key={figureKey}>
      <h3 className="key-figure__label">{label}</h3>
      <p className="key-figure__value">
        {valueText}
        {figure?.status === 'illustrative' ? <> <IllustrativeBadge /></> : null}
      </p>
      {figure?.date ? <p className="key-figure__date">{t('app.card.date', { date: formatIsoDate(figure.date, lang) })}</p> : null}
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
          chartId: 'key-figures', figureKey, title: label, summary: `${label}: ${valueText}`, table: null,
          sources: figure ? [figure] : [], element: ref,
        }} />
      ) : null}
    </article>
  );
}
