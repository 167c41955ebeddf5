// The prerendered pages: one HTML file per view and language, and which file answers a given address.
// Shared by the build step (scripts/prerender.ts), the static servers of the tests and `npm run lighthouse`.
import { LANGS, type Lang } from '../data/types';
import { DEFAULT_STATE, VIEWS, isLang, type View } from '../state/viewState';
import { serializeState } from '../state/url';

export interface PrerenderedPage {
  readonly view: PageView;
  readonly lang: Lang;
  /** File name inside dist/, at its root so relative asset URLs stay valid. */
  readonly file: string;
  /** The canonical query of the state the page shows ("" for the overview in English). */
  readonly search: string;
}

/** dist/index.html is the English overview; others are <view>[.<lang>].html, e.g. map.html, map.ar.html. */
export function pageFile(view: View, lang: Lang): string {
  const base = view === 'overview' ? 'index' : view;
  return lang === 'en' ? `${base}.html` : `${base}.${lang}.html`;
}

export function prerenderedPage(view: PageView, lang: Lang): PrerenderedPage {
  return { view, lang, file: pageFile(view, lang), search: serializeState({ ...DEFAULT_STATE, view, lang }) };
}

/** The views with a page of their own: the deck (?view=present) is drawn by script over the overview's page. */
export const PAGE_VIEWS = VIEWS.filter((v): v is Exclude<View, 'present'> => v !== 'present');
export type PageView = (typeof PAGE_VIEWS)[number];

/** Every view in every language. */
export const PRERENDERED_PAGES: readonly PrerenderedPage[] = PAGE_VIEWS.flatMap((view) => LANGS.map((lang) => prerenderedPage(view, lang)));

function isView(value: string | null): value is PageView {
  return value !== null && (PAGE_VIEWS as readonly string[]).includes(value);
}

/**
 * The file a static host should answer `search` with: the page of its view and language. Other
 * parameters (a dataset, a year) are applied by the script, which then renders instead of hydrating.
 */
export function pageFileForSearch(search: string): string {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const lang = params.get('lang');
  return pageFile(isView(view) ? view : 'overview', lang !== null && isLang(lang) ? lang : 'en');
}
