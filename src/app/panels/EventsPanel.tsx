// Volunteer events compared: delegates and countries at each.
import { EventsChart } from '../../charts/events/EventsChart';
import { eventsSummary } from '../../charts/events/summary';
import { eventsTable } from '../../charts/events/table';
import { ChartPanel } from '../../components/ChartPanel';
import { useI18n } from '../../i18n/I18nContext';
import { useData } from '../dataApi';
import { formatIsoDate } from '../formatDate';
import { useTheme } from '../useTheme';
import { useEventRows } from '../views/ChartsViewData';
import { CHART_HEIGHT } from './rowsHeight';
import type { ChartPanelViewProps } from './types';
import { figureSubtitle } from './figureSubtitle';

export function EventsPanel({ chartHeight = CHART_HEIGHT }: ChartPanelViewProps) {
  const { t, lang } = useI18n();
  const ctx = { t, lang };
  const theme = useTheme();
  const { combined } = useData();
  const eventRows = useEventRows(combined('events'));
  const title = t('app.charts.events');
  const labels = { delegates: t('charts.events.delegates'), countries: t('charts.events.countries') };
  const formatDate = (iso: string) => formatIsoDate(iso, lang);
  return (
    <ChartPanel
      chartId="events"
      title={title}
      subtitle={figureSubtitle(t, { dataset: 'delegates' })}
      summary={eventsSummary(eventRows.rows, ctx, labels)}
      table={eventsTable(eventRows.rows, ctx, title, labels, formatDate)}
      sources={eventRows.refs}
      height={chartHeight}
      empty={t('app.empty')}
    >
      {eventRows.rows.length === 0 ? null : (w, h) => (
        <EventsChart rows={eventRows.rows} width={w} height={h} theme={theme} title={title} options={{ formatDate }} />
      )}
    </ChartPanel>
  );
}
