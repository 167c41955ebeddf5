// UN Volunteers per Sustainable Development Goal; goals overlap, so they are never summed.
import { useMemo } from 'react';
import { SdgBars } from '../../charts/sdg/SdgBars';
import { SdgGrid } from '../../charts/sdg/SdgGrid';
import type { SdgGoal, SdgValue } from '../../charts/sdg/types';
import { ChartFrame } from '../../components/ChartFrame';
import { useI18n } from '../../i18n/I18nContext';
import { sdgTotals } from '../../transforms/sdgTotals';
import { useData } from '../DataContext';
import { DataGate } from '../components/DataGate';
import { Panel } from '../components/Panel';
import { useTheme } from '../useTheme';
import type { ViewProps } from './types';

const GRID_HEIGHT = 420;
const BARS_HEIGHT = 520;

export function SdgView({ state }: ViewProps) {
  const { t, lang } = useI18n();
  const theme = useTheme();
  const { status, reference, combined } = useData();
  const placements = combined('placements');

  // The SDG split is published (illustratively) for the world only.
  const totals = useMemo(
    () => (placements ? sdgTotals(placements, { perspective: 'duty_station', country: 'WLD', ...(state.year ? { year: state.year.to } : {}) }) : null),
    [placements, state.year],
  );
  const goals = useMemo<SdgGoal[]>(
    () => (reference?.goals ?? []).map((g) => ({ goal: g.goal, name: g.names[lang], color: g.color })),
    [reference, lang],
  );
  const values = useMemo<SdgValue[]>(
    () => (totals?.goals ?? []).map((g) => ({
      goal: g.goal,
      value: g.value,
      qualifier: g.qualifier,
      status: g.statuses.illustrative > 0 ? 'illustrative' : g.statuses.derived > 0 ? 'derived' : 'reported',
    })),
    [totals],
  );

  const title = totals?.year ? `${t('app.sdg.title')}, ${totals.year}` : t('app.sdg.title');
  return (
    <section aria-labelledby="sdg-title">
      <div className="view-toolbar">
        <h2 id="sdg-title">{title}</h2>
      </div>
      <DataGate height={GRID_HEIGHT} empty={status === 'ready' && values.every((v) => v.value === null)}>
        <div className="panel-grid">
          <Panel title={t('app.sdg.grid')}>
            <ChartFrame height={GRID_HEIGHT}>
              {(w) => <SdgGrid goals={goals} values={values} width={w} theme={theme} title={title} />}
            </ChartFrame>
          </Panel>
          <Panel title={t('app.sdg.ranked')}>
            <ChartFrame height={BARS_HEIGHT}>
              {(w, h) => <SdgBars goals={goals} values={values} width={w} height={h} theme={theme} title={title} />}
            </ChartFrame>
          </Panel>
        </div>
      </DataGate>
    </section>
  );
}
