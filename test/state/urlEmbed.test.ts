import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_EMBED, EMBED_THEMES, parseEmbedUrl, serializeEmbed, type EmbedOptions } from '../../src/state/url';
import { CHART_IDS } from '../../src/state/chartIds';
import { DATASET_CHOICES, DEFAULT_STATE, MAP_MODES, METRICS, PERSPECTIVE_CHOICES, REGIONS, type ViewState } from '../../src/state/viewState';
import { LANGS } from '../../src/data/types';

const cases = [
  { description: 'no parameters: the key figures, auto theme, with title', input: '', embed: DEFAULT_EMBED, state: {} },
  { description: 'a chart id', input: '?chart=map', embed: { ...DEFAULT_EMBED, chart: 'map' }, state: {} },
  { description: 'theme and hidden title', input: '?chart=years&theme=dark&title=0', embed: { chart: 'years', theme: 'dark', title: false }, state: {} },
  { description: "the app's parameters shape the chart", input: '?chart=ranked&dataset=placements&metric=national&year=2019..2023&lang=ar&region=cica',
    embed: { ...DEFAULT_EMBED, chart: 'ranked' }, state: { dataset: 'placements', metric: 'national', year: { from: 2019, to: 2023 }, lang: 'ar', region: 'cica' } },
] as const;

describe('parseEmbedUrl', () => {
  for (const c of cases) {
    it(c.description, () => {
      const parsed = parseEmbedUrl(c.input);
      expect(parsed.embed).toEqual(c.embed);
      expect(parsed.state).toEqual({ ...DEFAULT_STATE, ...c.state });
      expect(parsed.ignored).toEqual([]);
    });
  }

  it('an unknown chart id falls back to the key figures, with a notice listing the ids', () => {
    const parsed = parseEmbedUrl('?chart=pie&dataset=organizations');
    expect(parsed.embed.chart).toBe('key-figures');
    expect(parsed.state.dataset).toBe('organizations');
    expect(parsed.ignored).toEqual([{ param: 'chart', value: 'pie', reason: 'one_of', options: CHART_IDS }]);
  });

  it('invalid theme and title values fall back with a notice each', () => {
    const parsed = parseEmbedUrl('?chart=map&theme=sepia&title=no');
    expect(parsed.embed).toEqual({ ...DEFAULT_EMBED, chart: 'map' });
    expect(parsed.ignored.map((i) => [i.param, i.value])).toEqual([['theme', 'sepia'], ['title', 'no']]);
  });

  it("the dashboard's own view, table and remote-data parameters are not embed parameters", () => {
    const parsed = parseEmbedUrl('?chart=map&view=table&q=x&data=https://example.org/a.csv');
    expect(parsed.state).toEqual(DEFAULT_STATE);
    expect(parsed.ignored.map((i) => [i.param, i.reason])).toEqual([['view', 'unknown_param'], ['q', 'unknown_param'], ['data', 'unknown_param']]);
  });
});

describe('serializeEmbed', () => {
  it('always names the chart and writes only what differs from the defaults', () => {
    expect(serializeEmbed(DEFAULT_EMBED, DEFAULT_STATE)).toBe('?chart=key-figures');
    expect(serializeEmbed({ chart: 'map', theme: 'light', title: false }, { ...DEFAULT_STATE, lang: 'kk', region: 'asia' }))
      .toBe('?chart=map&theme=light&title=0&region=asia&lang=kk');
  });

  it('round-trips every embed and chart state', () => {
    const embed = fc.record<EmbedOptions>({ chart: fc.constantFrom(...CHART_IDS), theme: fc.constantFrom(...EMBED_THEMES), title: fc.boolean() });
    const state = fc.constantFrom(...DATASET_CHOICES).chain((dataset) => fc.record({
      dataset: fc.constant(dataset),
      metric: fc.constantFrom(...METRICS[dataset]),
      region: fc.constantFrom(...REGIONS),
      mode: fc.constantFrom(...MAP_MODES),
      perspective: fc.constantFrom(...PERSPECTIVE_CHOICES),
      lang: fc.constantFrom(...LANGS),
      countries: fc.uniqueArray(fc.constantFrom('KAZ', 'UZB', 'IND', 'CHN'), { minLength: 1, maxLength: 3 }),
      event: fc.option(fc.constantFrom('cica-rally-2024', 'ivd-2023'), { nil: null }),
      year: fc.option(fc.integer({ min: 1990, max: 2030 }).map((from) => ({ from, to: from + 2 })), { nil: null }),
    })).map((s): ViewState => ({ ...DEFAULT_STATE, ...s }));
    fc.assert(fc.property(embed, state, (e, s) => {
      const parsed = parseEmbedUrl(serializeEmbed(e, s));
      expect(parsed.ignored).toEqual([]);
      expect(parsed.embed).toEqual(e);
      expect(parsed.state).toEqual(s);
    }));
  });
});
