// Ranked bars for the selected dataset, national vs international, the world series and the events.
// Every chart sits in a ChartPanel: summary, "Show as table" and the sources of its figures.
import { BarChart } from '../../charts/bar/BarChart';
import { barSummary } from '../../charts/bar/summary';
import { barTable } from '../../charts/bar/table';
import { EventsChart } from '../../charts/events/EventsChart';
import { eventsSummary } from '../../charts/events/summary';
import { eventsTable } from '../../charts/events/table';
import { LineChart } from '../../charts/line/LineChart';
import { lineSummary } from '../../charts/line/summary';
import { lineTable } from '../../charts/line/table';
import { StackedBarChart } from '../../charts/stacked/StackedBarChart';
import { stackedSummary } from '../../charts/stacked/summary';
import { stackedTable } from '../../charts/stacked/table';
import { ChartPanel } from '../../components/ChartPanel';
import { useI18n } from '../../i18n/I18nContext';
import { useData } from '../DataContext';
import { formatIsoDate } from '../formatDate';
import { DataGate } from '../components/DataGate';
import { useTheme } from '../useTheme';
import { useEventRows, useRankedRows, useStackedRows, useWorldSeries } from './ChartsViewData';
import { SelectionControls } from './SelectionControls';
import type { ViewProps } from './types';

const CHART_HEIGHT = 340;
/** Row charts take the height their rows need, up to CHART_HEIGHT (one bar does not float in a tall box). */
const rowsHeight = (rows: number, header = 60) => Math.min(CHART_HEIGHT, Math.max(140, header + rows * 40));

export function ChartsView({ state, update }: ViewProps) {
  const { t, lang } = useI18n();
  const ctx = { t, lang };
  const theme = useTheme();
  const { combined } = useData();
  const placements = combined('placements');
  const events = combined('events');

  const ranked = useRankedRows(state);
  const stacked = useStackedRows(placements, state);
  const series = useWorldSeries(placements);
  const eventRows = useEventRows(events);
  // Delegates per country are not published: list who took part instead of empty bars.
  const onlyTookPart = ranked.rows.length > 0 && ranked.rows.every((r) => r.value === null);

  const metric = t(`app.metric.${ranked.shown.metric}`);
  const rankedTitle = `${t('app.charts.ranked')}: ${metric}`;
  const rankedNote = ranked.fellBack ? t('app.charts.fallback', {
    chosen: t(`app.metric.${state.metric}`),
    chosenPerspective: t(`app.perspective.${state.perspective}`),
    shown: metric,
    perspective: t(`app.perspective.${ranked.shown.perspective}`),
  }) : undefined;
  const rankedNotes = [rankedNote, ranked.mixedDates ? t('charts.ranked.mixedYears') : undefined].filter((n) => n !== undefined);
  const stackedTitle = stacked.year === null
    ? t('app.charts.stacked')
    : t('charts.stacked.title', { year: String(stacked.year), perspective: t(`app.perspective.${state.perspective}`) });
  const lineTitle = `${t('app.charts.line')}: ${t('app.overview.unvWorld')}`;
  const eventLabels = { delegates: t('charts.events.delegates'), countries: t('charts.events.countries') };
  const formatDate = (iso: string) => formatIsoDate(iso, lang);
  const country = t('charts.table.country');

  return (
    <section aria-labelledby="charts-title">
      <div className="view-toolbar">
        <h2 id="charts-title">{t('app.charts.title')}</h2>
      </div>
      <SelectionControls state={state} update={update} />
      <DataGate height={CHART_HEIGHT * 2}>
        <div className="panel-grid">
          <ChartPanel
            title={rankedTitle}
            summary={barSummary(ranked.rows, ctx, { summable: !ranked.mixedDates })}
            table={barTable(ranked.rows, ctx, { caption: rankedTitle, label: country, value: metric })}
            sources={ranked.refs}
            height={rowsHeight(Math.min(ranked.rows.length, 11), 84)}
            empty={t('app.empty')}
            note={rankedNotes.length > 0 ? <>{rankedNotes.map((n) => <p key={n} role="status">{n}</p>)}</> : undefined}
            fallback={onlyTookPart ? (
              <div>
                <p>{t('app.charts.tookPartOnly', { count: ranked.rows.length })}</p>
                <ul className="inline-list">{ranked.rows.map((r) => <li key={r.key}>{r.label}</li>)}</ul>
              </div>
            ) : undefined}
          >
            {ranked.rows.length === 0 || onlyTookPart ? null : (w, h) => (
              <BarChart rows={ranked.rows} width={w} height={h} theme={theme} title={rankedTitle} options={ranked.mixedDates ? { totalLabel: null } : undefined} />
            )}
          </ChartPanel>
          <ChartPanel
            title={stackedTitle}
            summary={stackedSummary(stacked.rows, ctx)}
            table={stackedTable(stacked.rows, ctx, { caption: stackedTitle, label: country })}
            sources={stacked.refs}
            height={rowsHeight(stacked.rows.length, 90)}
            empty={t('app.empty')}
          >
            {stacked.rows.length === 0 ? null : (w, h) => (
              <StackedBarChart rows={stacked.rows} width={w} height={h} theme={theme} title={stackedTitle} />
            )}
          </ChartPanel>
          <ChartPanel
            title={lineTitle}
            summary={lineSummary(series.rows, ctx)}
            table={lineTable(series.rows, ctx, lineTitle)}
            sources={series.refs}
            height={CHART_HEIGHT}
            empty={t('app.empty')}
          >
            {series.rows.length === 0 ? null : (w, h) => (
              <LineChart series={series.rows} width={w} height={h} theme={theme} title={lineTitle} />
            )}
          </ChartPanel>
          <ChartPanel
            title={t('app.charts.events')}
            summary={eventsSummary(eventRows.rows, ctx, eventLabels)}
            table={eventsTable(eventRows.rows, ctx, t('app.charts.events'), eventLabels, formatDate)}
            sources={eventRows.refs}
            height={CHART_HEIGHT}
            empty={t('app.empty')}
          >
            {eventRows.rows.length === 0 ? null : (w, h) => (
              <EventsChart rows={eventRows.rows} width={w} height={h} theme={theme} title={t('app.charts.events')} options={{ formatDate }} />
            )}
          </ChartPanel>
        </div>
      </DataGate>
    </section>
  );
}
