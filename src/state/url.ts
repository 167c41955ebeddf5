// The ONE place that turns a query string into a ViewState and back.
// Pure: no window, no history. Invalid values fall back to the default and are reported.
import { DATASET_KINDS, LANGS, MAX_YEAR, MIN_YEAR, type DatasetKind } from '../data/types';
import { formatSlides, parseSlides } from './deck';
import {
  DATASET_CHOICES, DEFAULT_STATE, MAP_MODES, METRICS, PERSPECTIVE_CHOICES, REGIONS, VIEWS,
  defaultMetric, isLang, isMetricOf, type ViewState, type YearRange,
} from './viewState';

/** Why a parameter was ignored; the app turns this into a sentence. */
export type IgnoredReason =
  | 'one_of' | 'year' | 'country' | 'event' | 'text' | 'duplicate' | 'unknown_param'
  | 'unknown_country' | 'unknown_event' | 'https_url' | 'slide';

export interface IgnoredParam {
  readonly param: string;
  readonly value: string;
  readonly reason: IgnoredReason;
  /** The accepted values, for reason 'one_of'. */
  readonly options?: readonly string[];
}

export interface ParsedUrl {
  readonly state: ViewState;
  readonly ignored: readonly IgnoredParam[];
}

/** A value (or part of a list value) that a codec refused. */
export interface Rejection {
  readonly value: string;
  readonly reason: IgnoredReason;
  readonly options?: readonly string[];
}

export interface ReadResult {
  readonly state: ViewState;
  readonly rejected: readonly Rejection[];
}

/** One URL parameter: how to read it into the state and how to write it back. */
export interface ParamCodec {
  readonly key: string;
  /** The state with this parameter applied; refused values leave the state as it was. */
  read(raw: string, state: ViewState): ReadResult;
  /** The value to write, or null when the state holds the default. */
  write(state: ViewState): string | null;
}

const accept = (state: ViewState): ReadResult => ({ state, rejected: [] });
const refuse = (state: ViewState, value: string, reason: IgnoredReason, options?: readonly string[]): ReadResult =>
  ({ state, rejected: [options ? { value, reason, options } : { value, reason }] });

function enumCodec<K extends keyof ViewState>(
  key: string, field: K, options: readonly ViewState[K][],
): ParamCodec {
  return {
    key,
    read: (raw, state) =>
      options.includes(raw as ViewState[K])
        ? accept({ ...state, [field]: raw })
        : refuse(state, raw, 'one_of', options as readonly string[]),
    write: (state) => (state[field] === DEFAULT_STATE[field] ? null : String(state[field])),
  };
}

export { MAX_YEAR, MIN_YEAR };
const YEAR = /^(\d{4})(?:\.\.(\d{4}))?$/;

export function parseYear(raw: string): YearRange | null {
  const m = YEAR.exec(raw);
  if (!m) return null;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  if (from < MIN_YEAR || to > MAX_YEAR || from > to) return null;
  return { from, to };
}

export function formatYear(year: YearRange): string {
  return year.from === year.to ? String(year.from) : `${year.from}..${year.to}`;
}

export const COUNTRY_SEPARATOR = '~';
const ALPHA3 = /^[A-Z]{3}$/;
const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,79}$/;
const MAX_TEXT = 2000;

function textCodec(key: keyof ViewState['table']): ParamCodec {
  return {
    key,
    read: (raw, state) =>
      raw.length > MAX_TEXT ? refuse(state, raw, 'text') : accept({ ...state, table: { ...state.table, [key]: raw } }),
    write: (state) => (state.table[key] === DEFAULT_STATE.table[key] ? null : state.table[key]),
  };
}

/** Every parameter, in the order they are written. Add a key by adding a codec here. */
export const CODECS: readonly ParamCodec[] = [
  enumCodec('view', 'view', VIEWS),
  {
    key: 'dataset',
    read: (raw, state) =>
      (DATASET_CHOICES as readonly string[]).includes(raw)
        ? accept({ ...state, dataset: raw as ViewState['dataset'], metric: defaultMetric(raw as ViewState['dataset']) })
        : refuse(state, raw, 'one_of', DATASET_CHOICES),
    write: (state) => (state.dataset === DEFAULT_STATE.dataset ? null : state.dataset),
  },
  {
    key: 'event',
    read: (raw, state) => (EVENT_ID.test(raw) ? accept({ ...state, event: raw }) : refuse(state, raw, 'event')),
    write: (state) => state.event,
  },
  {
    key: 'year',
    read: (raw, state) => {
      const year = parseYear(raw);
      return year ? accept({ ...state, year }) : refuse(state, raw, 'year');
    },
    write: (state) => (state.year ? formatYear(state.year) : null),
  },
  {
    key: 'country',
    read: (raw, state) => {
      // One bad code must not drop the others; an empty value means "none selected".
      const { valid, invalid } = splitCountries(raw);
      const rejected = invalid.map((value): Rejection => ({ value, reason: 'country' }));
      return { state: raw === '' || valid.length > 0 ? { ...state, countries: valid } : state, rejected };
    },
    write: (state) => {
      const same = state.countries.length === DEFAULT_STATE.countries.length
        && state.countries.every((c, i) => c === DEFAULT_STATE.countries[i]);
      return same ? null : state.countries.join(COUNTRY_SEPARATOR);
    },
  },
  enumCodec('region', 'region', REGIONS),
  {
    key: 'metric',
    read: (raw, state) =>
      isMetricOf(state.dataset, raw) ? accept({ ...state, metric: raw }) : refuse(state, raw, 'one_of', METRICS[state.dataset]),
    write: (state) => (state.metric === defaultMetric(state.dataset) ? null : state.metric),
  },
  enumCodec('perspective', 'perspective', PERSPECTIVE_CHOICES),
  enumCodec('mode', 'mode', MAP_MODES),
  {
    key: 'lang',
    read: (raw, state) => (isLang(raw) ? accept({ ...state, lang: raw }) : refuse(state, raw, 'one_of', LANGS)),
    write: (state) => (state.lang === DEFAULT_STATE.lang ? null : state.lang),
  },
  textCodec('sort'),
  textCodec('filter'),
  textCodec('q'),
  textCodec('group'),
  {
    key: 'data',
    read: (raw, state) => (isHttpsUrl(raw) ? accept({ ...state, data: raw }) : refuse(state, raw, 'https_url')),
    write: (state) => state.data,
  },
  {
    key: 'kind',
    read: (raw, state) =>
      (DATASET_KINDS as readonly string[]).includes(raw)
        ? accept({ ...state, dataKind: raw as DatasetKind })
        : refuse(state, raw, 'one_of', DATASET_KINDS),
    write: (state) => state.dataKind,
  },
  // The presentation deck: chart ids and figure-<key> items joined with "~"; an unknown item is dropped and reported.
  {
    key: 'slides',
    read: (raw, state) => {
      const { items, unknown } = parseSlides(raw);
      const rejected = unknown.map((value): Rejection => ({ value, reason: 'slide' }));
      return { state: items.length > 0 ? { ...state, slides: items } : state, rejected };
    },
    write: (state) => (state.slides && state.slides.length > 0 ? formatSlides(state.slides) : null),
  },
];

/** Only an absolute https:// address may be fetched from a link (?data=); the loader checks again. */
export function isHttpsUrl(raw: string): boolean {
  if (raw.length > MAX_TEXT || !/^https:\/\//i.test(raw.trim())) return false;
  try {
    return new URL(raw.trim()).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Splits "KAZ~uzb~12" into valid upper-case codes (deduplicated, in order) and rejected tokens. */
export function splitCountries(raw: string): { valid: string[]; invalid: string[] } {
  const valid: string[] = [];
  const invalid: string[] = [];
  if (raw === '') return { valid, invalid };
  for (const token of raw.split(COUNTRY_SEPARATOR)) {
    const code = token.trim().toUpperCase();
    if (!ALPHA3.test(code)) invalid.push(token);
    else if (!valid.includes(code)) valid.push(code);
  }
  return { valid, invalid };
}

export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const ignored: IgnoredParam[] = [];
  const firstValue = new Map<string, string>();
  for (const [param, value] of params) {
    if (firstValue.has(param)) ignored.push({ param, value, reason: 'duplicate' });
    else firstValue.set(param, value);
  }
  const known = new Set(CODECS.map((c) => c.key));
  for (const [param, value] of firstValue) {
    if (!known.has(param)) ignored.push({ param, value, reason: 'unknown_param' });
  }
  let state = DEFAULT_STATE;
  for (const codec of CODECS) {
    const raw = firstValue.get(codec.key);
    if (raw === undefined) continue;
    const result = codec.read(raw, state);
    state = result.state;
    for (const r of result.rejected) ignored.push({ param: codec.key, ...r });
  }
  return { state, ignored };
}

/** Replaces lone surrogates, which encodeURIComponent cannot encode. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** "" for the default state, otherwise "?key=value&..." with keys in CODECS order. */
export function serializeState(state: ViewState): string {
  const parts: string[] = [];
  for (const codec of CODECS) {
    const value = codec.write(state);
    if (value !== null) parts.push(`${codec.key}=${encodeURIComponent(wellFormed(value))}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** What the loaded data knows, to check ids the URL shape alone cannot. */
export interface KnownIds {
  readonly events: ReadonlySet<string> | null;
  readonly countries: ReadonlySet<string> | null;
}

/** Drops event and country ids the loaded data does not know; null sets mean "not loaded yet". */
export function checkAgainstData(state: ViewState, known: KnownIds): ParsedUrl {
  const ignored: IgnoredParam[] = [];
  let next = state;
  if (known.events && state.event !== null && !known.events.has(state.event)) {
    ignored.push({ param: 'event', value: state.event, reason: 'unknown_event' });
    next = { ...next, event: DEFAULT_STATE.event };
  }
  const countrySet = known.countries;
  if (countrySet) {
    const unknown = state.countries.filter((c) => !countrySet.has(c));
    if (unknown.length > 0) {
      for (const value of unknown) ignored.push({ param: 'country', value, reason: 'unknown_country' });
      const kept = state.countries.filter((c) => countrySet.has(c));
      next = { ...next, countries: kept.length > 0 ? kept : DEFAULT_STATE.countries };
    }
  }
  return { state: next, ignored };
}
