// The chosen indicator over the years: one line per country, the selected countries first (else the countries
// with the most years), on the indicator's own scale and in its unit.
import { useMemo } from 'react';
import type { LineSeries } from '../../charts/line/types';
import type { IndicatorUnit } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import { chosenIndicator, indicatorsOf } from '../../transforms/indicators';
import { indicatorSeries } from '../../transforms/indicatorSeries';
import type { ViewState } from '../../state/viewState';
import { useData } from '../dataApi';
import { countryName } from '../countryName';
import type { Charted } from './ChartsViewData';

/** More lines than this are unreadable on one chart; the table and the map hold every country. */
export const MAX_INDICATOR_LINES = 6;

export interface IndicatorYears extends Charted<LineSeries> {
  /** The indicator shown, or null when no indicators are loaded. */
  readonly indicator: { readonly name: string; readonly unit: IndicatorUnit } | null;
  /** Countries with figures that are not drawn (beyond MAX_INDICATOR_LINES). */
  readonly left: number;
}

export function useIndicatorYears(state: Pick<ViewState, 'indicator' | 'countries'>): IndicatorYears {
  const { lang } = useI18n();
  const { combined, reference } = useData();
  const countries = reference?.countries;
  const ds = combined('indicators');
  return useMemo(() => {
    const chosen = chosenIndicator(indicatorsOf(ds), state.indicator);
    if (!ds || !chosen) return { indicator: null, rows: [], refs: [], left: 0 };
    const all = indicatorSeries(ds, chosen.name);
    const selected = new Set(state.countries);
    const order = all
      .map((s, i) => ({ s, i }))
      .sort((a, b) => Number(selected.has(b.s.iso3)) - Number(selected.has(a.s.iso3)) || b.s.points.length - a.s.points.length || a.i - b.i)
      .map(({ s }) => s);
    const shown = order.slice(0, MAX_INDICATOR_LINES);
    return {
      indicator: { name: chosen.name, unit: chosen.unit },
      rows: shown.map((s) => ({
        key: s.iso3,
        label: countryName(countries, s.iso3, lang),
        points: s.points.map((p) => ({ year: p.year, value: p.figure.value, qualifier: p.figure.qualifier, status: p.figure.status })),
      })),
      refs: shown.flatMap((s) => s.points.map((p) => p.figure)),
      left: all.length - shown.length,
    };
  }, [ds, state.indicator, state.countries, countries, lang]);
}
