// Top-N countries by value with the rest folded into "other", for bar charts beside the map.
import type { Qualifier, RowStatus } from '../data/types';
import type { CountryValue } from './countryValues';
import { weakerQualifier } from './figure';
import { assertInteger } from './options';

export interface RankedCountry {
  readonly iso3: string;
  readonly value: number;
  readonly rank: number;
  readonly qualifier: Qualifier;
  readonly status: RowStatus;
  readonly source: string | null;
  readonly date: string | null;
}

export interface Ranking {
  readonly top: readonly RankedCountry[];
  /** Countries with a value beyond the top N. */
  readonly other: { readonly count: number; readonly value: number };
  /** Sum over every country with a value (inputs are countries only; aggregates never enter). */
  readonly total: number;
  /** Vaguest qualifier among the summed values, e.g. "at_least" when any part is "more than". */
  readonly totalQualifier: Qualifier;
  /** Countries that took part or have a row but no published count. */
  readonly withoutValue: number;
}

/** Sorted by value descending, ties by iso3; equal values share a rank (1, 2, 2, 4). */
export function rankCountries(values: ReadonlyMap<string, CountryValue>, topN: number): Ranking {
  if (assertInteger('rankCountries', 'topN', topN) < 0) throw new Error('rankCountries: option "topN" must be >= 0');
  const withValue: [string, CountryValue & { value: number }][] = [];
  let withoutValue = 0;
  for (const [iso3, v] of values) {
    if (v.value === null) withoutValue++;
    else withValue.push([iso3, v as CountryValue & { value: number }]);
  }
  withValue.sort(([a, x], [b, y]) => y.value - x.value || (a < b ? -1 : a > b ? 1 : 0));

  let total = 0;
  let totalQualifier: Qualifier = 'exact';
  let otherValue = 0;
  const top: RankedCountry[] = [];
  let rank = 0;
  withValue.forEach(([iso3, v], i) => {
    total += v.value;
    totalQualifier = weakerQualifier(totalQualifier, v.qualifier);
    if (i === 0 || v.value !== withValue[i - 1]![1].value) rank = i + 1;
    if (i < topN) {
      top.push({ iso3, value: v.value, rank, qualifier: v.qualifier, status: v.status, source: v.source, date: v.date });
    } else otherValue += v.value;
  });
  return {
    top,
    other: { count: Math.max(0, withValue.length - topN), value: otherValue },
    total,
    totalQualifier,
    withoutValue,
  };
}
