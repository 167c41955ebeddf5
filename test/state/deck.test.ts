import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  SLIDE_ITEMS, deckOf, defaultDeck, moveSlide, parseSlides, slideItemOf, slideTarget, type SlideItem,
} from '../../src/state/deck';
import { parseUrl, serializeState } from '../../src/state/url';
import { DEFAULT_STATE, type ViewState } from '../../src/state/viewState';

describe('slides= in the URL', () => {
  const cases: { description: string; input: string; slides: readonly SlideItem[] | null; ignored: string[] }[] = [
    { description: 'chart ids and key figures, in order', input: '?slides=map~figure-world~ranked', slides: ['map', 'figure-world', 'ranked'], ignored: [] },
    { description: 'a slide may repeat', input: '?slides=map~map', slides: ['map', 'map'], ignored: [] },
    { description: 'case is forgiven', input: '?slides=MAP~Figure-World', slides: ['map', 'figure-world'], ignored: [] },
    { description: 'an unknown item is dropped, the rest kept', input: '?slides=map~pie~sdg-grid', slides: ['map', 'sdg-grid'], ignored: ['pie'] },
    { description: 'an unknown key figure', input: '?slides=figure-gdp', slides: null, ignored: ['figure-gdp'] },
    { description: 'only unknown items keep the default deck', input: '?slides=x~y', slides: null, ignored: ['x', 'y'] },
    { description: 'empty means the default deck', input: '?slides=', slides: null, ignored: [] },
  ];
  for (const c of cases) {
    it(c.description, () => {
      const parsed = parseUrl(c.input);
      expect(parsed.state.slides).toEqual(c.slides);
      expect(parsed.ignored.filter((i) => i.param === 'slides').map((i) => [i.value, i.reason]))
        .toEqual(c.ignored.map((v) => [v, 'slide']));
    });
  }

  it('writes the deck joined with ~ after the other parameters', () => {
    const state: ViewState = { ...DEFAULT_STATE, view: 'present', lang: 'ar', slides: ['figure-delegates', 'map', 'sdg-grid'] };
    expect(serializeState(state)).toBe('?view=present&lang=ar&slides=figure-delegates~map~sdg-grid');
  });

  it('round-trips any deck', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...SLIDE_ITEMS), { minLength: 1, maxLength: 20 }), (slides) => {
      const parsed = parseUrl(serializeState({ ...DEFAULT_STATE, slides }));
      expect(parsed.ignored).toEqual([]);
      expect(parsed.state.slides).toEqual(slides);
    }));
  });

  it('stops at 60 slides and reports the rest', () => {
    const parsed = parseSlides(Array.from({ length: 62 }, () => 'map').join('~'));
    expect(parsed.items).toHaveLength(60);
    expect(parsed.unknown).toHaveLength(2);
  });
});

describe('default deck', () => {
  const charts = ['map', 'ranked', 'national-international', 'years', 'sdg-grid'];
  it('delegates: the event\'s delegates and countries, then the charts', () => {
    expect(defaultDeck({ dataset: 'delegates' })).toEqual(['figure-delegates', 'figure-countries', ...charts]);
  });
  it('UN Volunteers: worldwide, national and international, then the charts', () => {
    expect(defaultDeck({ dataset: 'placements' })).toEqual(['figure-world', 'figure-national', 'figure-international', ...charts]);
  });
  it('organisations: the focus country\'s organisations, then the charts', () => {
    expect(defaultDeck({ dataset: 'organizations' })).toEqual(['figure-organizations', ...charts]);
  });
  it('is what a state without a deck (or with an empty one) shows', () => {
    expect(deckOf({ dataset: 'placements', slides: null })).toEqual(defaultDeck({ dataset: 'placements' }));
    expect(deckOf({ dataset: 'placements', slides: [] })).toEqual(defaultDeck({ dataset: 'placements' }));
    expect(deckOf({ dataset: 'placements', slides: ['years'] })).toEqual(['years']);
  });
});

describe('deck items', () => {
  it('a card adds its figure, a chart its id', () => {
    expect(slideItemOf('key-figures', 'world')).toBe('figure-world');
    expect(slideItemOf('map')).toBe('map');
    expect(slideItemOf('key-figures', 'nonsense')).toBeNull();
    expect(slideTarget('figure-world')).toEqual({ chartId: 'key-figures', figureKey: 'world' });
    expect(slideTarget('years')).toEqual({ chartId: 'years', figureKey: null });
  });
  it('moves a slide within bounds', () => {
    expect(moveSlide(['map', 'years', 'ranked'], 0, 2)).toEqual(['years', 'ranked', 'map']);
    expect(moveSlide(['map', 'years', 'ranked'], 2, -5)).toEqual(['ranked', 'map', 'years']);
    expect(moveSlide(['map', 'years'], 7, 0)).toEqual(['map', 'years']);
  });
});
