// One indicator over the years: per country, its figure in each year that has one. Indicators are never put
// on one scale with another, so this always reads a single indicator.
import type { Dataset } from '../data/types';
import { codeColumn, codesOf } from './columns';
import { countryValues, type CountryValue } from './countryValues';
import { rowYears } from './years';

export interface IndicatorYearPoint {
  readonly year: number;
  readonly figure: CountryValue;
}

export interface IndicatorCountrySeries {
  readonly iso3: string;
  /** Ascending by year; years without a figure are absent. */
  readonly points: readonly IndicatorYearPoint[];
}

/** Countries (aggregates excluded) with at least one figure of `indicator`, in the order of their earliest year. */
export function indicatorSeries(ds: Dataset, indicator: string): IndicatorCountrySeries[] {
  if (ds.kind !== 'indicators') throw new Error(`indicatorSeries: needs an indicators dataset, got ${ds.kind}`);
  const names = codeColumn(ds, 'indicator');
  const mine = codesOf(names, indicator);
  const years = rowYears(ds, 'year');
  const seen = new Set<number>();
  for (let r = 0; r < ds.rowCount; r++) {
    const c = names.codes[r]!;
    const y = years[r]!;
    if (c >= 0 && mine[c] === 1 && y === y) seen.add(y);
  }
  const byCountry = new Map<string, IndicatorYearPoint[]>();
  for (const year of [...seen].sort((a, b) => a - b)) {
    for (const [iso3, figure] of countryValues(ds, { metric: 'indicators', indicator, year })) {
      const points = byCountry.get(iso3) ?? [];
      points.push({ year, figure });
      byCountry.set(iso3, points);
    }
  }
  return [...byCountry].map(([iso3, points]) => ({ iso3, points }));
}
