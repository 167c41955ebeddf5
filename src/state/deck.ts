// The presentation deck: which slides, in which order. Pure; the URL carries it as ?slides=a~b~c.
import { CHART_IDS, isChartId, type ChartId } from './chartIds';
import type { DatasetChoice, ViewState } from './viewState';

/** The headline figures a slide can show alone (the key-figure cards' keys). */
export const SLIDE_FIGURE_KEYS = ['delegates', 'countries', 'world', 'national', 'international', 'organizations'] as const;
export type SlideFigureKey = (typeof SLIDE_FIGURE_KEYS)[number];

/** A whole chart ("map") or one key figure ("figure-world"). A public interface: items never change meaning. */
export type SlideItem = ChartId | `figure-${SlideFigureKey}`;

export const SLIDE_SEPARATOR = '~';
export const FIGURE_PREFIX = 'figure-';
/** More slides than anyone presents; keeps a hostile link from building thousands of charts. */
export const MAX_SLIDES = 60;

export function isSlideItem(value: string): value is SlideItem {
  if (isChartId(value)) return true;
  return value.startsWith(FIGURE_PREFIX)
    && (SLIDE_FIGURE_KEYS as readonly string[]).includes(value.slice(FIGURE_PREFIX.length));
}

/** Every item a deck can hold: each chart id, then each key figure alone. */
export const SLIDE_ITEMS: readonly SlideItem[] = [
  ...CHART_IDS, ...SLIDE_FIGURE_KEYS.map((k): SlideItem => `figure-${k}`),
];

/** What a slide item shows: a chart id, and for a key figure its card's key. */
export function slideTarget(item: SlideItem): { chartId: ChartId; figureKey: SlideFigureKey | null } {
  if (isChartId(item)) return { chartId: item, figureKey: null };
  return { chartId: 'key-figures', figureKey: item.slice(FIGURE_PREFIX.length) as SlideFigureKey };
}

/** The item for a panel's "Add to presentation": a key-figure card gives its figure, a chart its id. */
export function slideItemOf(chartId: ChartId, figureKey?: string): SlideItem | null {
  if (figureKey === undefined) return chartId;
  const item = `${FIGURE_PREFIX}${figureKey}`;
  return isSlideItem(item) ? item : null;
}

/** Splits "map~figure-world~x" into known items (in order, repeats allowed) and unknown tokens. */
export function parseSlides(raw: string): { items: SlideItem[]; unknown: string[] } {
  const items: SlideItem[] = [];
  const unknown: string[] = [];
  if (raw === '') return { items, unknown };
  for (const token of raw.split(SLIDE_SEPARATOR)) {
    const item = token.trim().toLowerCase();
    if (isSlideItem(item) && items.length < MAX_SLIDES) items.push(item);
    else unknown.push(token);
  }
  return { items, unknown };
}

export function formatSlides(items: readonly SlideItem[]): string {
  return items.join(SLIDE_SEPARATOR);
}

/** The key figures each dataset is about: its own headline numbers come first in its deck. */
const DATASET_FIGURES: Readonly<Record<DatasetChoice, readonly SlideFigureKey[]>> = {
  delegates: ['delegates', 'countries'],
  placements: ['world', 'national', 'international'],
  organizations: ['organizations'],
  // No key figure is about an indicator: its deck starts with the map.
  indicators: [],
};

const DEFAULT_CHARTS: readonly ChartId[] = ['map', 'ranked', 'national-international', 'years', 'sdg-grid'];

/** The deck for a state with none of its own: the dataset's key figures, then the map and the main charts. */
export function defaultDeck(state: Pick<ViewState, 'dataset'>): readonly SlideItem[] {
  return [...DATASET_FIGURES[state.dataset].map((k): SlideItem => `${FIGURE_PREFIX}${k}`), ...DEFAULT_CHARTS];
}

/** The slides shown: the user's deck, or the default one when they have none (or emptied it). */
export function deckOf(state: Pick<ViewState, 'dataset' | 'slides'>): readonly SlideItem[] {
  return state.slides && state.slides.length > 0 ? state.slides : defaultDeck(state);
}

/** Moves the item at `from` to `to` (both clamped), for the deck editor's keyboard and drag reordering. */
export function moveSlide(items: readonly SlideItem[], from: number, to: number): SlideItem[] {
  const next = [...items];
  if (from < 0 || from >= next.length) return next;
  const [moved] = next.splice(from, 1) as [SlideItem];
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved);
  return next;
}
