// The ONE place that turns a query string into a ViewState and back.
// Pure: no window, no history. Invalid values fall back to the default and are reported.
import { DATASET_KINDS, LANGS, MAX_YEAR, MIN_YEAR, type DatasetKind } from '../data/types';
import { formatSlides, parseSlides } from './deck';
import {
  DATASET_CHOICES, DEFAULT_STATE, MAP_MODES, METRICS, PERSPECTIVE_CHOICES, REGIONS, VIEWS,
  defaultMetric, isLang, isMetricOf, type ViewState, type YearRange,
} from './viewState';
import { CHART_IDS, isChartId, type ChartId } from './chartIds';

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

/** One URL parameter: how to read it into a state and how to write it back. */
export interface Codec<S> {
  readonly key: string;
  /** The state with this parameter applied; refused values leave the state as it was. */
  read(raw: string, state: S): { readonly state: S; readonly rejected: readonly Rejection[] };
  /** The value to write, or null when the state holds the default. */
  write(state: S): string | null;
}

/** One parameter of the view state. */
export type ParamCodec = Codec<ViewState>;

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
/** An indicator's slug (indicatorSlug in data/indicatorSlug.ts): lower-case letters of any script, digits, dashes. */
const INDICATOR_SLUG = /^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}-]{0,79}$/u;
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
  {
    key: 'indicator',
    read: (raw, state) => (INDICATOR_SLUG.test(raw) ? accept({ ...state, indicator: raw }) : refuse(state, raw, 'text')),
    write: (state) => state.indicator,
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

/** The first value of each parameter; repeats are reported as duplicates, keys no codec knows as unknown. */
function firstValues(search: string, known: ReadonlySet<string>, ignored: IgnoredParam[]): Map<string, string> {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const firstValue = new Map<string, string>();
  for (const [param, value] of params) {
    if (firstValue.has(param)) ignored.push({ param, value, reason: 'duplicate' });
    else firstValue.set(param, value);
  }
  for (const [param, value] of firstValue) {
    if (!known.has(param)) ignored.push({ param, value, reason: 'unknown_param' });
  }
  return firstValue;
}

function readAll<S>(codecs: readonly Codec<S>[], values: ReadonlyMap<string, string>, initial: S, ignored: IgnoredParam[]): S {
  let state = initial;
  for (const codec of codecs) {
    const raw = values.get(codec.key);
    if (raw === undefined) continue;
    const result = codec.read(raw, state);
    state = result.state;
    for (const r of result.rejected) ignored.push({ param: codec.key, ...r });
  }
  return state;
}

export function parseUrl(search: string): ParsedUrl {
  const ignored: IgnoredParam[] = [];
  const values = firstValues(search, new Set(CODECS.map((c) => c.key)), ignored);
  return { state: readAll(CODECS, values, DEFAULT_STATE, ignored), ignored };
}

/** Replaces lone surrogates, which encodeURIComponent cannot encode. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function writeAll<S>(codecs: readonly Codec<S>[], state: S, parts: string[]): string[] {
  for (const codec of codecs) {
    const value = codec.write(state);
    if (value !== null) parts.push(`${codec.key}=${encodeURIComponent(wellFormed(value))}`);
  }
  return parts;
}

const query = (parts: readonly string[]): string => (parts.length === 0 ? '' : `?${parts.join('&')}`);

/** "" for the default state, otherwise "?key=value&..." with keys in CODECS order. */
export function serializeState(state: ViewState): string {
  return query(writeAll(CODECS, state, []));
}

// ---- The embed (embed.html): ?chart=, ?theme=, ?title= beside the app's parameters that shape one chart. ----

export const EMBED_THEMES = ['auto', 'light', 'dark'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** What an embed shows beyond the view state: which chart, in which theme, with or without its title. */
export interface EmbedOptions {
  readonly chart: ChartId;
  readonly theme: EmbedTheme;
  /** false hides the title (?title=0); the source line and the Illustrative badge always stay. */
  readonly title: boolean;
}

export const DEFAULT_EMBED: EmbedOptions = { chart: 'key-figures', theme: 'auto', title: true };

/** The app's parameters an embed takes (no view, table, or remote data: an embed draws one bundled chart). */
export const EMBED_STATE_KEYS = ['dataset', 'event', 'year', 'country', 'region', 'metric', 'perspective', 'mode', 'lang'] as const;

const EMBED_STATE_CODECS: readonly ParamCodec[] = CODECS.filter((c) => (EMBED_STATE_KEYS as readonly string[]).includes(c.key));

const EMBED_CODECS: readonly Codec<EmbedOptions>[] = [
  {
    key: 'chart',
    read: (raw, embed) =>
      isChartId(raw) ? { state: { ...embed, chart: raw }, rejected: [] } : { state: embed, rejected: [{ value: raw, reason: 'one_of', options: CHART_IDS }] },
    write: (embed) => embed.chart,
  },
  {
    key: 'theme',
    read: (raw, embed) =>
      (EMBED_THEMES as readonly string[]).includes(raw)
        ? { state: { ...embed, theme: raw as EmbedTheme }, rejected: [] }
        : { state: embed, rejected: [{ value: raw, reason: 'one_of', options: EMBED_THEMES }] },
    write: (embed) => (embed.theme === DEFAULT_EMBED.theme ? null : embed.theme),
  },
  {
    key: 'title',
    read: (raw, embed) =>
      raw === '0' || raw === '1' ? { state: { ...embed, title: raw === '1' }, rejected: [] } : { state: embed, rejected: [{ value: raw, reason: 'one_of', options: ['0', '1'] }] },
    write: (embed) => (embed.title ? null : '0'),
  },
];

export interface ParsedEmbedUrl extends ParsedUrl {
  readonly embed: EmbedOptions;
}

/** An embed's query string: its own options and the view state of its chart; invalid values fall back and are reported. */
export function parseEmbedUrl(search: string): ParsedEmbedUrl {
  const ignored: IgnoredParam[] = [];
  const known = new Set([...EMBED_CODECS, ...EMBED_STATE_CODECS].map((c) => c.key));
  const values = firstValues(search, known, ignored);
  const embed = readAll(EMBED_CODECS, values, DEFAULT_EMBED, ignored);
  return { embed, state: readAll(EMBED_STATE_CODECS, values, DEFAULT_STATE, ignored), ignored };
}

/** "?chart=<id>&..." for embed.html; the chart is always written, so a snippet says what it shows. */
export function serializeEmbed(embed: EmbedOptions, state: ViewState): string {
  return query(writeAll(EMBED_STATE_CODECS, state, writeAll(EMBED_CODECS, embed, [])));
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
