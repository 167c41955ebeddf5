// UN Volunteers per Sustainable Development Goal; goals overlap, so they are never summed.
import { useMemo } from 'react';
import { BarChart } from '../../charts/bar/BarChart';
import type { BarRow } from '../../charts/bar/types';
import { ChartFrame } from '../../components/ChartFrame';
import { useI18n } from '../../i18n/I18nContext';
import { sdgTotals } from '../../transforms/sdgTotals';
import { useData } from '../DataContext';
import { DataGate } from '../components/DataGate';
import { Panel } from '../components/Panel';
import { Placeholder } from '../components/Placeholder';
import { useTheme } from '../useTheme';
import type { ViewProps } from './types';

const CHART_HEIGHT = 520;

export function SdgView({ state }: ViewProps) {
  const { t, lang } = useI18n();
  const theme = useTheme();
  const { status, reference, datasetsOf } = useData();
  const placements = datasetsOf('placements')[0];

  const totals = useMemo(() => {
    if (!placements) return null;
    // The SDG split is published (illustratively) for the world only.
    return sdgTotals(placements, { perspective: 'duty_station', country: 'WLD', ...(state.year ? { year: state.year.to } : {}) });
  }, [placements, state.year]);

  const rows = useMemo<BarRow[]>(() => {
    if (!totals) return [];
    return totals.goals.map((g) => {
      const goal = reference?.goals.find((x) => x.goal === g.goal);
      return {
        key: String(g.goal),
        label: `${g.goal}. ${goal?.names[lang] ?? t('charts.sdg.goal', { goal: g.goal })}`,
        value: g.value,
        qualifier: g.qualifier,
        status: g.statuses.illustrative > 0 ? 'illustrative' : g.statuses.derived > 0 ? 'derived' : 'reported',
        ...(goal ? { color: goal.color } : {}),
      };
    });
  }, [totals, reference, lang, t]);

  const title = totals?.year ? `${t('app.sdg.title')}, ${totals.year}` : t('app.sdg.title');
  return (
    <section aria-labelledby="sdg-title">
      <div className="view-toolbar">
        <h2 id="sdg-title">{title}</h2>
      </div>
      <DataGate height={CHART_HEIGHT} empty={status === 'ready' && rows.every((r) => r.value === null)}>
        <p className="notice">{t('app.sdg.overlap')}</p>
        <div className="panel-grid">
          <Panel title={t('app.sdg.grid')}>
            <Placeholder what={t('app.sdg.grid')} height={320} />
          </Panel>
          <Panel title={t('app.sdg.ranked')}>
            <ChartFrame height={CHART_HEIGHT}>
              {(w, h) => (
                <BarChart rows={rows} width={w} height={h} theme={theme} title={title} options={{ topN: 17, totalLabel: null }} />
              )}
            </ChartFrame>
          </Panel>
        </div>
      </DataGate>
    </section>
  );
}
