// UN Volunteers per goal (published, illustratively, for the world only), with goal names and sources.
import { useMemo } from 'react';
import type { SdgGoal, SdgValue } from '../../charts/sdg/types';
import { sdgSummary } from '../../charts/sdg/summary';
import { sdgTable } from '../../charts/sdg/table';
import type { SourceRef } from '../../components/ChartSources';
import type { ChartTable } from '../../charts/summaryText';
import { useI18n } from '../../i18n/I18nContext';
import type { ViewState } from '../../state/viewState';
import { sdgTotals } from '../../transforms/sdgTotals';
import { useData } from '../dataApi';

export interface SdgData {
  readonly goals: readonly SdgGoal[];
  readonly values: readonly SdgValue[];
  readonly refs: readonly SourceRef[];
  /** The view's heading: the title with the year shown. */
  readonly title: string;
  readonly summary: string;
  readonly table: (caption: string) => ChartTable;
  /** True once loaded with no value for any goal. */
  readonly empty: boolean;
}

export function useSdgData(state: ViewState): SdgData {
  const { t, lang } = useI18n();
  const { status, reference, combined } = useData();
  const placements = combined('placements');
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
  const ctx = { t, lang };
  return {
    goals,
    values,
    refs,
    title: totals?.year ? t('app.sdg.titleYear', { title: t('app.sdg.title'), year: String(totals.year) }) : t('app.sdg.title'),
    summary: sdgSummary(goals, values, ctx),
    table: (caption) => sdgTable(goals, values, ctx, caption, t('app.sdg.ranked')),
    empty: status === 'ready' && values.every((v) => v.value === null),
  };
}
