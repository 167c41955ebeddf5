import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkAgainstData, parseUrl, serializeState, type IgnoredParam } from '../../src/state/url';
import {
  DATASET_CHOICES, DEFAULT_STATE, MAP_MODES, METRICS, PERSPECTIVE_CHOICES, REGIONS, VIEWS,
  withDataset, type ViewState,
} from '../../src/state/viewState';
import { DATASET_KINDS, LANGS } from '../../src/data/types';
import { SLIDE_ITEMS } from '../../src/state/deck';

interface Case {
  description: string;
  input: string;
  expected: Partial<ViewState>;
  ignored?: Pick<IgnoredParam, 'param' | 'value' | 'reason'>[];
}

const cases: Case[] = [
  { description: 'empty query gives the defaults', input: '', expected: {} },
  { description: 'a bare "?" gives the defaults', input: '?', expected: {} },
  { description: 'view', input: '?view=map', expected: { view: 'map' } },
  { description: 'unknown view falls back', input: '?view=globe', expected: {}, ignored: [{ param: 'view', value: 'globe', reason: 'one_of' }] },
  { description: 'single year', input: '?year=2023', expected: { year: { from: 2023, to: 2023 } } },
  { description: 'year range', input: '?year=2019..2023', expected: { year: { from: 2019, to: 2023 } } },
  { description: 'reversed range is refused', input: '?year=2023..2019', expected: {}, ignored: [{ param: 'year', value: '2023..2019', reason: 'year' }] },
  { description: 'year that is not a year', input: '?year=abc', expected: {}, ignored: [{ param: 'year', value: 'abc', reason: 'year' }] },
  { description: 'two-digit year', input: '?year=23', expected: {}, ignored: [{ param: 'year', value: '23', reason: 'year' }] },
  { description: 'countries are upper-cased and deduplicated', input: '?country=kaz~UZB~KAZ', expected: { countries: ['KAZ', 'UZB'] } },
  { description: 'a bad code is dropped, the good ones kept', input: '?country=KAZ~12~UZB', expected: { countries: ['KAZ', 'UZB'] }, ignored: [{ param: 'country', value: '12', reason: 'country' }] },
  { description: 'nothing valid keeps the default focus', input: '?country=Kazakhstan', expected: {}, ignored: [{ param: 'country', value: 'Kazakhstan', reason: 'country' }] },
  { description: 'empty country means none selected', input: '?country=', expected: { countries: [] } },
  { description: 'percent-encoded separator', input: '?country=KAZ%7EUZB', expected: { countries: ['KAZ', 'UZB'] } },
  { description: 'dataset sets its default metric', input: '?dataset=placements', expected: { dataset: 'placements', metric: 'total' } },
  { description: 'metric of the dataset', input: '?dataset=placements&metric=national', expected: { dataset: 'placements', metric: 'national' } },
  { description: 'metric order in the URL does not matter', input: '?metric=international&dataset=placements', expected: { dataset: 'placements', metric: 'international' } },
  { description: 'metric of another dataset is refused', input: '?metric=national', expected: {}, ignored: [{ param: 'metric', value: 'national', reason: 'one_of' }] },
  { description: 'event id', input: '?event=cica-rally-2024', expected: { event: 'cica-rally-2024' } },
  { description: 'event id with markup is refused', input: '?event=%3Cscript%3E', expected: {}, ignored: [{ param: 'event', value: '<script>', reason: 'event' }] },
  { description: 'region, mode, lang, perspective', input: '?region=cica&mode=symbols&lang=kk&perspective=nationality', expected: { region: 'cica', mode: 'symbols', lang: 'kk', perspective: 'nationality' } },
  { description: 'unsupported language', input: '?lang=fr', expected: {}, ignored: [{ param: 'lang', value: 'fr', reason: 'one_of' }] },
  { description: 'table parameters are carried as text', input: '?q=hello%20world&sort=-count~country&filter=country:KAZ%7CUZB&group=country', expected: { table: { sort: '-count~country', filter: 'country:KAZ|UZB', q: 'hello world', group: 'country' } } },
  { description: 'unknown parameter is reported', input: '?yaer=2023', expected: {}, ignored: [{ param: 'yaer', value: '2023', reason: 'unknown_param' }] },
  { description: 'second copy of a parameter is reported', input: '?view=map&view=sdg', expected: { view: 'map' }, ignored: [{ param: 'view', value: 'sdg', reason: 'duplicate' }] },
];

describe('parseUrl', () => {
  for (const c of cases) {
    it(c.description, () => {
      const { state, ignored } = parseUrl(c.input);
      expect(state).toEqual({ ...DEFAULT_STATE, ...c.expected });
      expect(ignored.map(({ param, value, reason }) => ({ param, value, reason }))).toEqual(c.ignored ?? []);
    });
  }

  it('lists the accepted values when an enum value is refused', () => {
    expect(parseUrl('?mode=dots').ignored[0]?.options).toEqual(['choropleth', 'symbols']);
  });
});

describe('serializeState', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
  });

  it('writes only what differs, keys in a stable order', () => {
    const state: ViewState = { ...DEFAULT_STATE, lang: 'ar', countries: ['UZB', 'KAZ'], view: 'map', year: { from: 2019, to: 2023 } };
    expect(serializeState(state)).toBe('?view=map&year=2019..2023&country=UZB~KAZ&lang=ar');
  });

  it('names an indicator by its slug, in any script', () => {
    const state: ViewState = { ...DEFAULT_STATE, dataset: 'indicators', metric: 'value', indicator: 'доля-добровольцев' };
    expect(parseUrl(serializeState(state)).state).toEqual(state);
    expect(parseUrl('?dataset=indicators&indicator=Bad%20Slug').ignored).toEqual([{ param: 'indicator', value: 'Bad Slug', reason: 'text' }]);
  });

  it('omits the metric when it is the default of the dataset', () => {
    expect(serializeState({ ...DEFAULT_STATE, dataset: 'placements', metric: 'total' })).toBe('?dataset=placements');
  });
});

const year = fc.integer({ min: 1900, max: 2100 }).chain((from) =>
  fc.integer({ min: from, max: 2100 }).map((to) => ({ from, to })));
const alpha3 = fc.stringMatching(/^[A-Z]{3}$/);
const text = fc.string({ unit: 'grapheme', maxLength: 40 });

const validState: fc.Arbitrary<ViewState> = fc.constantFrom(...DATASET_CHOICES).chain((dataset) =>
  fc.record({
    view: fc.constantFrom(...VIEWS),
    dataset: fc.constant(dataset),
    event: fc.option(fc.stringMatching(/^[a-z0-9][a-z0-9_.:-]{0,20}$/), { nil: null }),
    year: fc.option(year, { nil: null }),
    countries: fc.uniqueArray(alpha3, { maxLength: 5 }),
    region: fc.constantFrom(...REGIONS),
    metric: fc.constantFrom(...METRICS[dataset]),
    indicator: fc.option(fc.constantFrom('volunteer-rate', 'доля-добровольцев', 'registered-2024'), { nil: null }),
    perspective: fc.constantFrom(...PERSPECTIVE_CHOICES),
    mode: fc.constantFrom(...MAP_MODES),
    lang: fc.constantFrom(...LANGS),
    table: fc.record({ sort: text, filter: text, q: text, group: text }),
    data: fc.option(fc.webUrl({ validSchemes: ['https'], withQueryParameters: true }), { nil: null }),
    dataKind: fc.option(fc.constantFrom(...DATASET_KINDS), { nil: null }),
    slides: fc.option(fc.array(fc.constantFrom(...SLIDE_ITEMS), { minLength: 1, maxLength: 8 }), { nil: null }),
  }));

describe('round trip', () => {
  it('parse(serialize(state)) gives the state back with nothing ignored', () => {
    fc.assert(fc.property(validState, (state) => {
      const parsed = parseUrl(serializeState(state));
      expect(parsed.ignored).toEqual([]);
      expect(parsed.state).toEqual(state);
    }), { numRuns: 500 });
  });

  it('serialize(parse(query)) is stable for any query', () => {
    fc.assert(fc.property(fc.string(), (query) => {
      const once = serializeState(parseUrl(query).state);
      expect(serializeState(parseUrl(once).state)).toBe(once);
    }));
  });
});

describe('withDataset', () => {
  it('keeps a metric the new dataset has, else takes its default, and resets the table', () => {
    const state: ViewState = { ...DEFAULT_STATE, dataset: 'placements', metric: 'national', table: { ...DEFAULT_STATE.table, sort: '-count' } };
    expect(withDataset(state, 'organizations')).toMatchObject({ dataset: 'organizations', metric: 'count', table: DEFAULT_STATE.table });
    expect(withDataset(state, 'placements')).toBe(state);
  });
});

describe('checkAgainstData', () => {
  const known = { events: new Set(['cica-rally-2024']), countries: new Set(['KAZ', 'UZB']) };

  it('drops unknown countries and events and says so', () => {
    const state = { ...DEFAULT_STATE, event: 'nope', countries: ['KAZ', 'XXX'] };
    const { state: checked, ignored } = checkAgainstData(state, known);
    expect(checked.event).toBeNull();
    expect(checked.countries).toEqual(['KAZ']);
    expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual(['event=nope', 'country=XXX']);
  });

  it('falls back to the default focus when no country is known', () => {
    expect(checkAgainstData({ ...DEFAULT_STATE, countries: ['XXX'] }, known).state.countries).toEqual(['KAZ']);
  });

  it('checks nothing before the data is loaded', () => {
    const state = { ...DEFAULT_STATE, event: 'nope' };
    expect(checkAgainstData(state, { events: null, countries: null })).toEqual({ state, ignored: [] });
  });
});
