// Every figure about one country, each with its source and date, and where it stands among CICA states.
import { useMemo, useRef } from 'react';
import type { Figure } from '../../transforms/figure';
import { cicaRank } from '../../transforms/cicaRank';
import { countryProfile } from '../../transforms/countryProfile';
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { SourceNote } from '../../components/SourceNote';
import { useI18n } from '../../i18n/I18nContext';
import { inLang } from '../../transforms/eventText';
import { partialScope } from '../../transforms/partial';
import { yearsDiffer } from '../mixedYears';
import { formatCount } from '../../scales/format';
import { formatIndicator } from '../../scales/formatIndicator';
import type { IndicatorUnit, Lang } from '../../data/types';
import { chosenIndicator, indicatorsOf } from '../../transforms/indicators';
import { focusCountry } from '../../state/viewState';
import { useData } from '../dataApi';
import { countryName } from '../countryName';
import { formatIsoDate } from '../formatDate';
import { DataGate } from '../components/DataGate';
import { PanelActions } from '../../components/PanelActions';
import { mapSelection } from '../views/mapSelection';
import type { ChartPanelViewProps } from './types';
import type { ChartTable } from '../../charts/summaryText';

interface FigureLine {
  readonly key: string;
  readonly label: string;
  readonly figure: Figure;
  /** A delegation row: present at the event even without a published count. */
  readonly tookPart?: boolean;
  /** An indicator's figure, written in its unit (12.5%). */
  readonly unit?: IndicatorUnit;
}

/** A line's value as written: its unit, "took part", or a count with its qualifier. */
function lineText(l: FigureLine, lang: Lang, t: ReturnType<typeof useI18n>['t']): string {
  if (l.tookPart && l.figure.value === null) return t('map.legend.tookPart');
  if (l.unit) return formatIndicator(l.figure.value, l.unit, l.figure.qualifier, lang, t('indicator.perThousand'));
  return formatCount(l.figure.value, l.figure.qualifier, lang);
}

function FigureList({ lines }: { lines: readonly FigureLine[] }) {
  const { t, lang } = useI18n();
  return (
    <dl className="figure-list">
      {lines.map((l) => (
        <div key={l.key} className="figure-list__item">
          <dt>{l.label}</dt>
          <dd>
            <span className="figure-list__value">{lineText(l, lang, t)}</span>
            {l.figure.date ? <span className="figure-list__date"> · {formatIsoDate(l.figure.date, lang)}</span> : null}
            {l.figure.status === 'illustrative' ? <> <IllustrativeBadge /></> : null}
            {l.figure.status === 'derived' ? (
              <span className="figure-list__derived" title={l.figure.note ?? undefined}> · {t('status.derived')}</span>
            ) : null}
            {partialScope(l.figure.note) ? (
              <span className="figure-partial"> · {t('figure.partialNote', { scope: partialScope(l.figure.note) ?? '' })}</span>
            ) : null}
            {l.figure.source ? <SourceNote source={l.figure.source} url={l.figure.sourceUrl} /> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function CountryProfilePanel({ state }: ChartPanelViewProps) {
  const { t, lang } = useI18n();
  const { status, reference, datasets, combined } = useData();
  const iso3 = focusCountry(state);
  const countries = reference?.countries;
  const name = countryName(countries, iso3, lang);
  const ref = useRef<HTMLDivElement | null>(null);

  const sections = useMemo(() => {
    if (status !== 'ready') return null;
    const profile = countryProfile(datasets, iso3);
    const placements = profile.placements.map((p, i): FigureLine => ({
      key: `p${i}`,
      label: [
        p.type ? t(`app.metric.${p.type}`) : '',
        p.perspective ? `(${t(`app.perspective.${p.perspective}`)})` : '',
        p.goals.length > 0 ? t('app.country.goals', { goals: p.goals.join(', ') }) : '',
      ].filter(Boolean).join(' '),
      figure: p.figure,
    }));
    const organizations = profile.organizations.map((f, i): FigureLine => ({ key: `o${i}`, label: t('app.metric.count'), figure: f }));
    const delegations = profile.delegations.map((d, i): FigureLine => ({
      key: `d${i}`,
      label: (d.eventNames ? inLang(d.eventNames, lang) : d.eventName) ?? d.eventId,
      figure: d.figure,
      tookPart: true,
    }));
    const indicators = profile.indicators.map((x, i): FigureLine => ({ key: `i${i}`, label: x.name, figure: x.figure, unit: x.unit }));
    // Ranked on what the map shows (its fallback included), so the two views agree.
    const selection = mapSelection(state, combined);
    const rank = countries ? cicaRank(selection.values, iso3, countries) : null;
    const shown = selection.state;
    const rankMetric = shown.dataset === 'placements'
      ? `${t(`app.metric.${shown.metric}`)} (${t(`app.perspective.${shown.perspective}`)})`
      : shown.dataset === 'indicators'
        ? chosenIndicator(indicatorsOf(combined('indicators')), shown.indicator)?.name ?? t(`app.metric.${shown.metric}`)
        : t(`app.metric.${shown.metric}`);
    // A rank of each country's latest figure compares different years; a partial figure ranks as a lower bound.
    const mixedYears = yearsDiffer(selection.values.values());
    const rankCaveats = [
      mixedYears && shown.dataset !== 'delegates' ? t('app.country.rankMixedYears') : null,
      partialScope(selection.values.get(iso3)?.note) ? t('figure.partialNote', { scope: partialScope(selection.values.get(iso3)?.note) ?? '' }) : null,
    ].filter((c): c is string => c !== null);
    return { placements, organizations, delegations, indicators, rank, rankMetric, rankCaveats };
  }, [status, datasets, combined, iso3, state, countries, t, lang]);

  const lines = sections ? [...sections.placements, ...sections.organizations, ...sections.delegations, ...sections.indicators] : [];
  const empty = sections !== null && lines.length === 0;
  const lineValue = (l: FigureLine) => lineText(l, lang, t);
  const title = `${t('app.country.title')}: ${name}`;
  // One row per figure shown, for "Data (CSV)" and an exported figure's lines.
  const table: ChartTable = {
    caption: title,
    columns: [t('export.column.figure'), t('export.column.value'), t('charts.table.date'), t('export.column.source')],
    rows: lines.map((l) => ({
      key: l.key,
      header: l.label,
      cells: [
        l.figure.status === 'illustrative' ? t('charts.table.illustrative', { value: lineValue(l) }) : lineValue(l),
        l.figure.date ? formatIsoDate(l.figure.date, lang) : '',
        l.figure.source ?? '',
      ],
    })),
  };
  const subtitle = sections ? [
    sections.placements.length > 0 ? t('app.dataset.placements') : '',
    sections.organizations.length > 0 ? t('app.dataset.organizations') : '',
    sections.delegations.length > 0 ? t('app.dataset.delegates') : '',
    sections.indicators.length > 0 ? t('app.dataset.indicators') : '',
  ].filter(Boolean).join(' · ') : '';
  return (
    <div ref={ref} className="country-profile" data-chart-id="country-profile">
      <PanelActions panel={{
        chartId: 'country-profile', title, ...(subtitle ? { subtitle } : {}), element: ref, table: lines.length > 0 ? table : null,
        summary: lines.map((l) => `${l.label}: ${lineValue(l)}`).join('; '),
        sources: lines.map((l) => l.figure),
      }} />
      <DataGate height={480}>
        {sections?.rank?.isCica && sections.rank.of > 0 ? (
          <p className="country-rank">
            {sections.rankMetric}:{' '}
            {sections.rank.rank === null
              ? t('app.country.unranked', { of: sections.rank.of, count: sections.rank.of })
              : t('app.country.rank', { rank: sections.rank.rank, of: sections.rank.of, count: sections.rank.of })}
            {sections.rankCaveats.length > 0 ? <span className="figure-partial"> ({sections.rankCaveats.join('; ')})</span> : null}
          </p>
        ) : null}
        {empty ? <p className="empty">{t('app.country.none')}</p> : null}
        <div className="panel-grid">
          {sections && sections.placements.length > 0 ? (
            <section className="card"><h3>{t('app.dataset.placements')}</h3><FigureList lines={sections.placements} /></section>
          ) : null}
          {sections && sections.organizations.length > 0 ? (
            <section className="card"><h3>{t('app.dataset.organizations')}</h3><FigureList lines={sections.organizations} /></section>
          ) : null}
          {sections && sections.delegations.length > 0 ? (
            <section className="card"><h3>{t('app.dataset.delegates')}</h3><FigureList lines={sections.delegations} /></section>
          ) : null}
          {sections && sections.indicators.length > 0 ? (
            <section className="card"><h3>{t('app.dataset.indicators')}</h3><FigureList lines={sections.indicators} /></section>
          ) : null}
        </div>
      </DataGate>
    </div>
  );
}
