// One figure per country for what the state selects (dataset, metric, year or event).
import type { Dataset, DatasetKind } from '../data/types';
import { countryValues, type CountryValue } from '../transforms/countryValues';
import { chosenIndicator, indicatorsOf } from '../transforms/indicators';
import { rowYears, yearColumnOf } from '../transforms/years';
import type { ViewState } from '../state/viewState';
import { defaultEventId } from './defaultEvent';

/** The dataset a view shows for a kind: every loaded dataset of it combined (useData().combined). */
export type CombinedOf = (kind: DatasetKind) => Dataset | null;

/** The event the state means: its own, or the default (latest) event. */
export function selectedEventId(state: Pick<ViewState, 'event'>, combined: CombinedOf): string | null {
  if (state.event !== null) return state.event;
  const events = combined('events');
  return events ? defaultEventId(events) : null;
}

// Per column: datasets are immutable after load, and views ask again on every render.
const yearsCache = new WeakMap<object, readonly number[]>();

/** Years with at least one row, ascending. Shared between renders: read-only, so no caller can reorder it for the next. */
export function yearsOf(ds: Dataset): readonly number[] {
  const column = yearColumnOf(ds);
  const col = column ? ds.columns[column] : undefined;
  if (!column || !col) return [];
  const hit = yearsCache.get(col);
  if (hit) return hit;
  const set = new Set<number>();
  const years = rowYears(ds, column);
  let last = NaN;
  for (let i = 0; i < years.length; i++) {
    const y = years[i]!;
    if (y === last || y !== y) continue; // runs of one year skip the set; NaN is no year
    last = y;
    set.add(y);
  }
  const out = [...set].sort((a, b) => a - b);
  yearsCache.set(col, out);
  return out;
}

/** Values per country (aggregates excluded); empty when the dataset is not loaded. */
export function selectedValues(state: ViewState, combined: CombinedOf): Map<string, CountryValue> {
  const ds = combined(state.dataset);
  if (!ds) return new Map();
  const year = state.year?.to;
  switch (state.dataset) {
    case 'delegates': {
      const event = selectedEventId(state, combined);
      return event ? countryValues(ds, { metric: 'delegates', event }) : new Map();
    }
    case 'placements':
      return countryValues(ds, {
        metric: 'placements',
        perspective: state.perspective,
        type: state.metric === 'delegates' || state.metric === 'count' || state.metric === 'value' ? 'total' : state.metric,
        ...(year === undefined ? {} : { year }),
      });
    case 'organizations':
      return countryValues(ds, { metric: 'organizations', ...(year === undefined ? {} : { year }) });
    case 'indicators': {
      const indicator = chosenIndicator(indicatorsOf(ds), state.indicator);
      return indicator ? countryValues(ds, { metric: 'indicators', indicator: indicator.name, ...(year === undefined ? {} : { year }) }) : new Map();
    }
  }
}
