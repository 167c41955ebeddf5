// What the dashboard shows, independent of pixels and of loaded data.
// Every field has a default; the URL carries only the fields that differ from it.
import { LANGS, type DatasetKind, type Lang } from '../data/types';
import type { SlideItem } from './deck';

// 'present' is the full-screen deck: no tab of its own, opened from the deck editor or a link.
export const VIEWS = ['overview', 'map', 'charts', 'sdg', 'country', 'table', 'sources', 'present'] as const;
export type View = (typeof VIEWS)[number];

/** Fact datasets a person can switch between (events are context for delegates). */
export const DATASET_CHOICES = ['delegates', 'placements', 'organizations', 'indicators'] as const;
export type DatasetChoice = (typeof DATASET_CHOICES)[number];

export const REGIONS = ['world', 'asia', 'central-asia', 'cica'] as const;
export type Region = (typeof REGIONS)[number];

export const MAP_MODES = ['choropleth', 'symbols'] as const;
export type MapMode = (typeof MAP_MODES)[number];

export const PERSPECTIVE_CHOICES = ['duty_station', 'nationality'] as const;
export type PerspectiveChoice = (typeof PERSPECTIVE_CHOICES)[number];

/** Metrics each dataset can show; the first one is its default. */
export const METRICS = {
  delegates: ['delegates'],
  placements: ['total', 'national', 'international'],
  organizations: ['count'],
  indicators: ['value'],
} as const satisfies Record<DatasetChoice, readonly string[]>;
export type Metric = (typeof METRICS)[DatasetChoice][number];

/** Inclusive range of years; a single year has from === to. */
export interface YearRange {
  readonly from: number;
  readonly to: number;
}

/** Table state; H8 owns the meaning of these strings, the URL only carries them. */
export interface TableState {
  readonly sort: string;
  readonly filter: string;
  readonly q: string;
  readonly group: string;
}

export interface ViewState {
  readonly view: View;
  readonly dataset: DatasetChoice;
  /** Event id from events.csv; null = the default event (the latest one, the CICA rally). */
  readonly event: string | null;
  /** null = the latest year with data. */
  readonly year: YearRange | null;
  /** Selected countries, alpha-3; the first is the focus country. */
  readonly countries: readonly string[];
  readonly region: Region;
  readonly metric: Metric;
  /** Indicators: the slug of the indicator shown (indicatorSlug); null = the first one loaded. */
  readonly indicator: string | null;
  readonly perspective: PerspectiveChoice;
  readonly mode: MapMode;
  readonly lang: Lang;
  readonly table: TableState;
  /** An https URL of a CSV to load on start (?data=), and the kind it holds (?kind=); null = none. */
  readonly data: string | null;
  readonly dataKind: DatasetKind | null;
  /** The presentation deck (?slides=); null = the default deck for the dataset. */
  readonly slides: readonly SlideItem[] | null;
}

export const DEFAULT_FOCUS_COUNTRY = 'KAZ';

export const DEFAULT_STATE: ViewState = {
  view: 'overview',
  dataset: 'delegates',
  event: null,
  year: null,
  countries: [DEFAULT_FOCUS_COUNTRY],
  region: 'world',
  metric: 'delegates',
  indicator: null,
  perspective: 'duty_station',
  mode: 'choropleth',
  lang: 'en',
  table: { sort: '', filter: '', q: '', group: '' },
  data: null,
  dataKind: null,
  slides: null,
};

export function defaultMetric(dataset: DatasetChoice): Metric {
  return METRICS[dataset][0];
}

export function isMetricOf(dataset: DatasetChoice, metric: string): metric is Metric {
  return (METRICS[dataset] as readonly string[]).includes(metric);
}

/** Switching dataset keeps the metric only when the new dataset has it; table state names columns, so it resets. */
export function withDataset(state: ViewState, dataset: DatasetChoice): ViewState {
  if (dataset === state.dataset) return state;
  const metric = isMetricOf(dataset, state.metric) ? state.metric : defaultMetric(dataset);
  return { ...state, dataset, metric, table: DEFAULT_STATE.table };
}

/** The focus country: the first selected one, or the default. */
export function focusCountry(state: ViewState): string {
  return state.countries[0] ?? DEFAULT_FOCUS_COUNTRY;
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}
