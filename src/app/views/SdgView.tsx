// UN Volunteers per Sustainable Development Goal; goals overlap, so they are never summed.
import { useMemo } from 'react';
import { SdgBars } from '../../charts/sdg/SdgBars';
import { SdgGrid } from '../../charts/sdg/SdgGrid';
import { sdgSummary } from '../../charts/sdg/summary';
import { sdgTable } from '../../charts/sdg/table';
import type { SdgGoal, SdgValue } from '../../charts/sdg/types';
import { ChartPanel } from '../../components/ChartPanel';
import type { SourceRef } from '../../components/ChartSources';
import { useI18n } from '../../i18n/I18nContext';
import { sdgTotals } from '../../transforms/sdgTotals';
import { useData } from '../DataContext';
import { DataGate } from '../components/DataGate';
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
  const refs = useMemo<SourceRef[]>(
    () => (totals?.goals ?? []).filter((g) => g.value !== null).map((g) => ({ source: g.source, status: g.statuses.illustrative > 0 ? 'illustrative' : 'reported' })),
    [totals],
  );

  const title = totals?.year ? t('app.sdg.titleYear', { title: t('app.sdg.title'), year: String(totals.year) }) : t('app.sdg.title');
  const ctx = { t, lang };
  const summary = sdgSummary(goals, values, ctx);
  const table = (caption: string) => sdgTable(goals, values, ctx, caption, t('app.sdg.ranked'));
  // Goals overlap: said once for the view, not under each chart.
  const noNote = { note: '' };
  return (
    <section aria-labelledby="sdg-title">
      <div className="view-toolbar">
        <h2 id="sdg-title">{title}</h2>
      </div>
      <p className="view-note">{t('charts.sdg.overlap')}</p>
      <DataGate height={GRID_HEIGHT} empty={status === 'ready' && values.every((v) => v.value === null)}>
        <div className="panel-grid">
          <ChartPanel title={t('app.sdg.grid')} summary={summary} table={table(t('app.sdg.grid'))} sources={refs} height={GRID_HEIGHT}>
            {(w) => <SdgGrid goals={goals} values={values} width={w} theme={theme} title={t('app.sdg.grid')} options={noNote} />}
          </ChartPanel>
          <ChartPanel title={t('app.sdg.ranked')} summary={summary} table={table(t('app.sdg.ranked'))} sources={refs} height={BARS_HEIGHT}>
            {(w, h) => <SdgBars goals={goals} values={values} width={w} height={h} theme={theme} title={t('app.sdg.ranked')} note="" />}
          </ChartPanel>
        </div>
      </DataGate>
    </section>
  );
}
