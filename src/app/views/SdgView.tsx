// UN Volunteers per Sustainable Development Goal; goals overlap, so they are never summed.
import { useI18n } from '../../i18n/I18nContext';
import { DataGate } from '../components/DataGate';
import { SdgBarsPanel } from '../panels/SdgBarsPanel';
import { SdgGridPanel } from '../panels/SdgGridPanel';
import { useSdgData } from '../panels/useSdgData';
import type { ViewProps } from './types';

const GRID_HEIGHT = 420;

export function SdgView({ state, update }: ViewProps) {
  const { t } = useI18n();
  const sdg = useSdgData(state);
  return (
    <section aria-labelledby="sdg-title">
      <div className="view-toolbar">
        <h2 id="sdg-title">{sdg.title}</h2>
      </div>
      {/* Goals overlap: said once for the view, not under each chart. */}
      <p className="view-note">{t('charts.sdg.overlap')}</p>
      <DataGate height={GRID_HEIGHT} empty={sdg.empty}>
        <div className="panel-grid">
          <SdgGridPanel state={state} update={update} />
          <SdgBarsPanel state={state} update={update} />
        </div>
      </DataGate>
    </section>
  );
}
