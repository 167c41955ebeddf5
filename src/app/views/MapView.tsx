// The world map of the selected dataset, with mode, zoom preset, year or event, and CICA outline.
import { useState } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { MAP_MODES, REGIONS } from '../../state/viewState';
import { Segmented } from '../components/Segmented';
import { MapPanel } from '../panels/MapPanel';
import { SelectionControls } from './SelectionControls';
import { useRankedRows } from './ChartsViewData';
import type { ViewProps } from './types';

export function MapView({ state, update }: ViewProps) {
  const { t } = useI18n();
  const [cicaOutline, setCicaOutline] = useState(true);
  // The controls show what the map shows, its fallback measure included.
  const shown = useRankedRows(state).shown;
  return (
    <section aria-labelledby="map-title">
      <div className="view-toolbar">
        <h2 id="map-title" tabIndex={-1}>{t('app.map.title')}</h2>
      </div>
      <div className="toolbar-group">
        <Segmented legend={t('app.map.mode')} options={MAP_MODES} value={state.mode} labelOf={(m) => t(`map.mode.${m}`)} onChange={(mode) => update({ mode })} />
        <Segmented legend={t('app.map.preset')} options={REGIONS} value={state.region} labelOf={(r) => t(`map.preset.${r}`)} onChange={(region) => update({ region })} />
        <label className="field">
          <input type="checkbox" checked={cicaOutline} onChange={(e) => setCicaOutline(e.target.checked)} />
          {t('map.cicaOutline')}
        </label>
      </div>
      <SelectionControls state={shown} update={update} />
      <MapPanel state={state} update={update} cicaOutline={cicaOutline} />
    </section>
  );
}
