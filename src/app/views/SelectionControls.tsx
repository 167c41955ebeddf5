// What the chosen dataset is filtered by: the event for delegates; measure, perspective and year otherwise.
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { METRICS, PERSPECTIVE_CHOICES } from '../../state/viewState';
import { useData } from '../dataApi';
import { EventPicker } from '../components/EventPicker';
import { IndicatorPicker } from '../components/IndicatorPicker';
import { indicatorsOf } from '../../transforms/indicators';
import { Segmented } from '../components/Segmented';
import { YearControl } from '../components/YearControl';
import { selectedEventId, yearsOf } from '../selectedValues';
import type { ViewProps } from './types';

export function SelectionControls({ state, update }: ViewProps) {
  const { t } = useI18n();
  const { combined } = useData();
  const events = combined('events');
  const ds = combined(state.dataset);
  const years = useMemo(() => (ds ? yearsOf(ds) : []), [ds]);
  const indicators = useMemo(() => (state.dataset === 'indicators' ? indicatorsOf(ds) : []), [state.dataset, ds]);

  if (state.dataset === 'delegates') {
    return events ? (
      <div className="toolbar-group">
        <EventPicker events={events} value={selectedEventId(state, combined)} onChange={(event) => update({ event })} />
      </div>
    ) : null;
  }
  return (
    <div className="toolbar-group">
      {state.dataset === 'placements' ? (
        <>
          <Segmented legend={t('app.metric.label')} options={METRICS.placements} value={state.metric as (typeof METRICS.placements)[number]} labelOf={(m) => t(`app.metric.${m}`)} onChange={(metric) => update({ metric })} />
          <Segmented legend={t('app.perspective.label')} options={PERSPECTIVE_CHOICES} value={state.perspective} labelOf={(p) => t(`app.perspective.${p}`)} onChange={(perspective) => update({ perspective })} />
        </>
      ) : null}
      {state.dataset === 'indicators' ? (
        <>
          <IndicatorPicker indicators={indicators} value={state.indicator} onChange={(indicator) => update({ indicator })} />
          <p className="view-note">{t('indicator.oneScale')}</p>
        </>
      ) : null}
      <YearControl years={years} value={state.year} onChange={(year) => update({ year })} />
    </div>
  );
}
