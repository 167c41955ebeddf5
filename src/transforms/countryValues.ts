// One figure per country for the map. Aggregates (WLD, UNV-*) never appear beside countries.
import type { Dataset, Perspective, PlacementType } from '../data/types';
import { FigureAccumulator } from './accumulator';
import { isAggregateCode } from './aggregateCodes';
import { allRows, codeColumn, codesOf, groupCodes, numberColumn, optionalCodeColumn } from './columns';
import type { Figure } from './figure';
import { assertInteger, assertKnownOptions, assertOneOf } from './options';
import { placementScope, scopedRows } from './placementScope';
import { rowYears } from './years';

export type CountryMetric = 'placements' | 'delegates' | 'organizations' | 'indicators';
const METRICS: readonly CountryMetric[] = ['placements', 'delegates', 'organizations', 'indicators'];

export interface CountryValuesOptions {
  /** Must match the dataset's kind. */
  readonly metric: CountryMetric;
  /** placements/organizations: that year only. Omitted: each country's latest year (or date). */
  readonly year?: number;
  /** delegates: required event_id. */
  readonly event?: string;
  /** placements: required; duty_station and nationality are never mixed. */
  readonly perspective?: Perspective;
  /** indicators: required; the indicator's name (one indicator at a time: never two on one scale). */
  readonly indicator?: string;
  /** placements: default "total". */
  readonly type?: PlacementType;
  /** placements: rows tagged with this SDG; omitted = untagged rows only (never a sum across goals). */
  readonly goal?: number;
  /** Pre-filtered row indices (filterRows); default all rows. */
  readonly rows?: Int32Array;
}

export interface CountryValue extends Figure {
  /** Delegates: the country has a row for the event, even when its count was not published. */
  readonly tookPart: boolean;
}

const ALLOWED: Readonly<Record<CountryMetric, readonly string[]>> = {
  placements: ['metric', 'year', 'perspective', 'type', 'goal', 'rows'],
  delegates: ['metric', 'event', 'rows'],
  organizations: ['metric', 'year', 'rows'],
  indicators: ['metric', 'year', 'indicator', 'rows'],
};

/** Map iso3 -> figure; countries without rows are absent. */
export function countryValues(ds: Dataset, options: CountryValuesOptions): Map<string, CountryValue> {
  const fn = 'countryValues';
  const metric = assertOneOf(fn, 'metric', options.metric, METRICS);
  assertKnownOptions(`${fn}(${metric})`, options, ALLOWED[metric]);
  if (ds.kind !== metric) throw new Error(`${fn}: metric "${metric}" needs a ${metric} dataset, got ${ds.kind}`);
  const year = options.year === undefined ? null : assertInteger(fn, 'year', options.year);

  const country = codeColumn(ds, 'country');
  const { groupOf, keys } = groupCodes(country);
  const isCountry = Uint8Array.from(keys, (k) => (isAggregateCode(k) ? 0 : 1));
  const valueColumn = numberColumn(ds, metric === 'delegates' ? 'delegates' : metric === 'indicators' ? 'value' : 'count');
  const acc = new FigureAccumulator(ds, valueColumn, optionalCodeColumn(ds, 'qualifier'), keys.length);
  let rows = options.rows ?? null;
  const codes = country.codes;

  // Per-row "when" rank: a later rank replaces what was summed so far for the country.
  let when: Float64Array | null = null;
  let keep: (row: number) => boolean = () => true;
  let dateOf: (group: number) => string | null = () => null;
  const best = new Float64Array(keys.length).fill(-Infinity);

  if (metric === 'placements') {
    const scope = placementScope(fn, ds, options.perspective, options.type ?? 'total', options.goal, options.rows);
    rows = scopedRows(scope);
    const years = rowYears(ds, 'year');
    when = years;
    if (year !== null) keep = (r) => years[r] === year;
    dateOf = (g) => (best[g]! > -Infinity ? String(best[g]) : null);
  } else if (metric === 'indicators') {
    if (typeof options.indicator !== 'string') throw new Error(`${fn}: metric "indicators" needs option "indicator"`);
    const indicator = codeColumn(ds, 'indicator');
    const mine = codesOf(indicator, options.indicator);
    const years = rowYears(ds, 'year');
    when = years;
    keep = (r) => {
      const c = indicator.codes[r]!;
      return c >= 0 && mine[c] === 1 && (year === null || years[r] === year);
    };
    dateOf = (g) => (best[g]! > -Infinity ? String(best[g]) : null);
  } else if (metric === 'delegates') {
    if (typeof options.event !== 'string') throw new Error(`${fn}: metric "delegates" needs option "event"`);
    const ev = codeColumn(ds, 'event_id');
    const evKeep = codesOf(ev, options.event);
    keep = (r) => {
      const c = ev.codes[r]!;
      return c >= 0 && evKeep[c] === 1;
    };
  } else {
    const date = codeColumn(ds, 'date');
    const order = date.dictionary.map((d, code) => ({ d, code })).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
    const rankOf = new Float64Array(date.dictionary.length);
    order.forEach(({ code }, i) => (rankOf[code] = i));
    when = Float64Array.from(date.codes, (c) => (c < 0 ? NaN : rankOf[c]!));
    const years = rowYears(ds, 'date');
    keep = (r) => year === null || years[r] === year;
    dateOf = (g) => (best[g]! > -Infinity ? (order[best[g]!]?.d ?? null) : null);
  }

  rows ??= allRows(ds);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const c = codes[r]!;
    if (c < 0) continue;
    const g = groupOf[c]!;
    if (isCountry[g] === 0 || !keep(r)) continue;
    if (when) {
      const w = when[r]!;
      if (!(w >= best[g]!)) continue; // NaN or older
      if (w > best[g]!) {
        best[g] = w;
        acc.reset(g);
      }
    }
    acc.add(g, r);
  }

  const out = new Map<string, CountryValue>();
  keys.forEach((iso3, g) => {
    const figure = acc.figure(g, dateOf(g));
    if (figure) out.set(iso3, { ...figure, tookPart: metric === 'delegates' });
  });
  return out;
}
