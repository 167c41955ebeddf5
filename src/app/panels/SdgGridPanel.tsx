// The 17 goals in their official colours, each with its count.
import { SdgGrid } from '../../charts/sdg/SdgGrid';
import { ChartPanel } from '../../components/ChartPanel';
import { useI18n } from '../../i18n/I18nContext';
import { useTheme } from '../useTheme';
import type { ChartPanelViewProps } from './types';
import { figureSubtitle } from './figureSubtitle';
import { useSdgData } from './useSdgData';

const GRID_HEIGHT = 420;

/** `overlapNote`: the grid says that goals overlap when the page around it does not. */
export function SdgGridPanel({ state, chartHeight = GRID_HEIGHT, overlapNote = false }: ChartPanelViewProps & { overlapNote?: boolean }) {
  const { t } = useI18n();
  const theme = useTheme();
  const sdg = useSdgData(state);
  const title = t('app.sdg.grid');
  return (
    <ChartPanel chartId="sdg-grid" title={title} subtitle={figureSubtitle(t, { dataset: 'placements', year: state.year, perspective: 'duty_station' })} summary={sdg.summary} table={sdg.table(title)} sources={sdg.refs} height={chartHeight}
      empty={t('app.empty')}>
      {sdg.empty ? null : (w) => (
        <SdgGrid goals={sdg.goals} values={sdg.values} width={w} theme={theme} title={title} options={overlapNote ? {} : { note: '' }} />
      )}
    </ChartPanel>
  );
}
