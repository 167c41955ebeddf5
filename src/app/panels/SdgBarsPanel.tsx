// The goals ranked by count; goals overlap, so they are never summed.
import { SdgBars } from '../../charts/sdg/SdgBars';
import { ChartPanel } from '../../components/ChartPanel';
import { useI18n } from '../../i18n/I18nContext';
import { useTheme } from '../useTheme';
import type { ChartPanelViewProps } from './types';
import { figureSubtitle } from './figureSubtitle';
import { useSdgData } from './useSdgData';

const BARS_HEIGHT = 520;

export function SdgBarsPanel({ state, chartHeight = BARS_HEIGHT, overlapNote = false }: ChartPanelViewProps & { overlapNote?: boolean }) {
  const { t } = useI18n();
  const theme = useTheme();
  const sdg = useSdgData(state);
  const title = t('app.sdg.ranked');
  return (
    <ChartPanel chartId="sdg-bars" title={title} subtitle={figureSubtitle(t, { dataset: 'placements', year: state.year, perspective: 'duty_station' })} summary={sdg.summary} table={sdg.table(title)} sources={sdg.refs} height={chartHeight}
      empty={t('app.empty')}>
      {sdg.empty ? null : (w, h) => (
        <SdgBars goals={sdg.goals} values={sdg.values} width={w} height={h} theme={theme} title={title} {...(overlapNote ? {} : { note: '' })} />
      )}
    </ChartPanel>
  );
}
