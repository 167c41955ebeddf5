// Ranked bars for the selected dataset, national vs international, the world series and the events.
// Every chart sits in a ChartPanel: summary, "Show as table" and the sources of its figures.
import { useI18n } from '../../i18n/I18nContext';
import { DataGate } from '../components/DataGate';
import { EventsPanel } from '../panels/EventsPanel';
import { NationalInternationalPanel } from '../panels/NationalInternationalPanel';
import { RankedPanel } from '../panels/RankedPanel';
import { CHART_HEIGHT } from '../panels/rowsHeight';
import { YearsPanel } from '../panels/YearsPanel';
import { SelectionControls } from './SelectionControls';
import type { ViewProps } from './types';

export function ChartsView({ state, update }: ViewProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="charts-title">
      <div className="view-toolbar">
        <h2 id="charts-title">{t('app.charts.title')}</h2>
      </div>
      <SelectionControls state={state} update={update} />
      <DataGate height={CHART_HEIGHT * 2}>
        <div className="panel-grid">
          <RankedPanel state={state} update={update} />
          <NationalInternationalPanel state={state} update={update} />
          <YearsPanel state={state} update={update} />
          <EventsPanel state={state} update={update} />
        </div>
      </DataGate>
    </section>
  );
}
