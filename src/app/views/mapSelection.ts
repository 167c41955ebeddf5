// What the map draws: the state's selection, or, when the defaults have no per-country figure, the first
// measure and perspective that has one (an explicit choice in the URL is never replaced).
import type { CountryValue } from '../../transforms/countryValues';
import { DEFAULT_STATE, METRICS, PERSPECTIVE_CHOICES, defaultMetric, type ViewState } from '../../state/viewState';
import { selectedValues, yearsOf, type CombinedOf } from '../selectedValues';

export interface MapSelection {
  /** The state the values were computed for (differs from the input only when it fell back). */
  readonly state: ViewState;
  readonly values: Map<string, CountryValue>;
  /** True when the default measure had no country figures and another one is shown. */
  readonly fellBack: boolean;
}

/** Defaults are what the URL leaves out; only those may be swapped for a combination with data. */
function isDefaultChoice(state: ViewState): boolean {
  return state.metric === defaultMetric(state.dataset) && state.perspective === DEFAULT_STATE.perspective;
}

export function mapSelection(state: ViewState, combined: CombinedOf): MapSelection {
  const values = selectedValues(state, combined);
  if (values.size > 0 || state.dataset !== 'placements' || !isDefaultChoice(state)) return { state, values, fellBack: false };
  for (const metric of METRICS.placements) {
    for (const perspective of PERSPECTIVE_CHOICES) {
      const candidate: ViewState = { ...state, metric, perspective };
      const found = selectedValues(candidate, combined);
      if (found.size > 0) return { state: candidate, values: found, fellBack: true };
    }
  }
  return { state, values, fellBack: false };
}

/** Every year's values of the selection, so the colour classes (and a country's fill) compare across years. */
export function allYearValues(state: ViewState, combined: CombinedOf): number[] {
  const ds = combined(state.dataset);
  if (!ds || state.dataset === 'delegates') return [];
  const out: number[] = [];
  for (const year of yearsOf(ds)) {
    for (const v of selectedValues({ ...state, year: { from: year, to: year } }, combined).values()) {
      if (v.value !== null && Number.isFinite(v.value)) out.push(v.value);
    }
  }
  return out;
}
