// Ranked bars for the selected dataset, national vs international, the world series and the events.
import { useMemo, type ReactNode } from 'react';
import { BarChart } from '../../charts/bar/BarChart';
import type { BarRow } from '../../charts/bar/types';
import { EventsChart } from '../../charts/events/EventsChart';
import type { EventRow as EventChartRow } from '../../charts/events/types';
import { LineChart } from '../../charts/line/LineChart';
import type { LineSeries } from '../../charts/line/types';
import { StackedBarChart } from '../../charts/stacked/StackedBarChart';
import type { StackedRow } from '../../charts/stacked/types';
import { ChartFrame } from '../../components/ChartFrame';
import { useI18n } from '../../i18n/I18nContext';
import { PLACEMENT_COLORS } from '../../scales/colors';
import { eventComparison } from '../../transforms/eventComparison';
import { nationalVsInternational } from '../../transforms/nationalVsInternational';
import { yearSeries } from '../../transforms/yearSeries';
import type { Figure } from '../../transforms/figure';
import { useData } from '../DataContext';
import { countryName } from '../countryName';
import { formatIsoDate } from '../formatDate';
import { DataGate } from '../components/DataGate';
import { Panel } from '../components/Panel';
import { selectedValues, yearsOf } from '../selectedValues';
import { useTheme } from '../useTheme';
import { SelectionControls } from './SelectionControls';
import type { ViewProps } from './types';

const CHART_HEIGHT = 340;

const segment = (key: string, label: string, color: string, f: Figure | null) => ({
  key, label, color, value: f?.value ?? null, qualifier: f?.qualifier ?? 'exact', status: f?.status ?? 'reported',
});

export function ChartsView({ state, update }: ViewProps) {
  const { t, lang } = useI18n();
  const theme = useTheme();
  const { status, reference, combined } = useData();
  const countries = reference?.countries;
  const placements = combined('placements');
  const events = combined('events');

  const ranked = useMemo<BarRow[]>(() => {
    if (status !== 'ready') return [];
    const selected = new Set(state.countries);
    return [...selectedValues(state, combined)].map(([iso3, v]) => ({
      key: iso3, label: countryName(countries, iso3, lang), value: v.value, qualifier: v.qualifier, status: v.status, highlighted: selected.has(iso3),
    }));
  }, [status, state, combined, countries, lang]);
  // Delegates per country are not published: list who took part instead of empty bars.
  const onlyTookPart = ranked.length > 0 && ranked.every((r) => r.value === null);

  const stacked = useMemo<{ year: number | null; rows: StackedRow[] }>(() => {
    if (!placements) return { year: null, rows: [] };
    const candidates = state.year ? [state.year.to] : yearsOf(placements).reverse();
    for (const year of candidates) {
      const rows = nationalVsInternational(placements, { year, perspective: state.perspective });
      if (rows.length === 0) continue;
      return {
        year,
        rows: rows.map((r) => ({
          key: r.code,
          label: countryName(countries, r.code, lang),
          segments: [
            segment('national', t('charts.placement.national'), PLACEMENT_COLORS.national, r.national),
            segment('international', t('charts.placement.international'), PLACEMENT_COLORS.international, r.international),
          ],
        })),
      };
    }
    return { year: null, rows: [] };
  }, [placements, state.year, state.perspective, countries, lang, t]);

  const series = useMemo<LineSeries[]>(() => {
    if (!placements) return [];
    return (['total', 'national'] as const).map((type) => ({
      key: type,
      label: t(`app.metric.${type}`),
      points: yearSeries(placements, { country: 'WLD', perspective: 'duty_station', type }).map((p) => ({
        year: p.year, value: p.value, qualifier: p.figure?.qualifier ?? 'exact', status: p.figure?.status ?? 'reported',
      })),
    }));
  }, [placements, t]);

  const eventRows = useMemo<EventChartRow[]>(() => {
    if (!events) return [];
    return eventComparison(events).map((e) => ({
      key: e.eventId,
      label: e.name ?? e.eventId,
      date: e.startDate ?? '',
      delegates: e.delegates?.value ?? null,
      countries: e.countries?.value ?? null,
      delegatesQualifier: e.delegates?.qualifier ?? 'exact',
      countriesQualifier: e.countries?.qualifier ?? 'exact',
      status: e.delegates?.status === 'illustrative' || e.countries?.status === 'illustrative' ? 'illustrative' : 'reported',
    }));
  }, [events]);

  const frame = (render: (width: number, height: number) => ReactNode) => (
    <ChartFrame height={CHART_HEIGHT}>{render}</ChartFrame>
  );

  return (
    <section aria-labelledby="charts-title">
      <div className="view-toolbar">
        <h2 id="charts-title">{t('app.charts.title')}</h2>
      </div>
      <SelectionControls state={state} update={update} />
      <DataGate height={CHART_HEIGHT * 2}>
        <div className="panel-grid">
          <Panel title={`${t('app.charts.ranked')}: ${t(`app.metric.${state.metric}`)}`}>
            {ranked.length === 0 ? <p className="empty">{t('app.empty')}</p> : onlyTookPart ? (
              <div>
                <p>{t('app.charts.tookPartOnly', { count: ranked.length })}</p>
                <ul className="inline-list">{ranked.map((r) => <li key={r.key}>{r.label}</li>)}</ul>
              </div>
            ) : frame((w, h) => (
              <BarChart rows={ranked} width={w} height={h} theme={theme} title={t('app.charts.ranked')} />
            ))}
          </Panel>
          <Panel title={stacked.year === null ? t('app.charts.stacked') : `${t('app.charts.stacked')}, ${stacked.year}`}>
            {stacked.rows.length === 0 ? <p className="empty">{t('app.empty')}</p> : frame((w, h) => (
              <StackedBarChart rows={stacked.rows} width={w} height={h} theme={theme} title={t('app.charts.stacked')} />
            ))}
          </Panel>
          <Panel title={`${t('app.charts.line')}: ${t('app.overview.unvWorld')}`}>
            {series.length === 0 ? <p className="empty">{t('app.empty')}</p> : frame((w, h) => (
              <LineChart series={series} width={w} height={h} theme={theme} title={t('app.overview.unvWorld')} />
            ))}
          </Panel>
          <Panel title={t('app.charts.events')}>
            {eventRows.length === 0 ? <p className="empty">{t('app.empty')}</p> : frame((w, h) => (
              <EventsChart
                rows={eventRows}
                width={w}
                height={h}
                theme={theme}
                title={t('app.charts.events')}
                options={{ formatDate: (iso) => formatIsoDate(iso, lang) }}
              />
            ))}
          </Panel>
        </div>
      </DataGate>
    </section>
  );
}
