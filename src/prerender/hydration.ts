// Whether the page's prerendered HTML shows exactly what the app is about to render, so it may hydrate.
import type { Lang } from '../data/types';
import type { LangSources } from '../app/lang';
import { parseUrl, serializeState } from '../state/url';

/**
 * `recorded` is the canonical query the page was rendered for (data-prerendered on #root). The app's
 * own state comes from the address, with the reader's language added as App's adoptPreferredLang does.
 */
export function prerenderedStateMatches(recorded: string, search: string, sources: LangSources, lang: Lang): boolean {
  // Browsers may carry no Kazakh number data (Chromium 156 writes "4.4K" where the build's Node writes
  // "4,4 мың"), so a Kazakh page is rendered afresh over its prerendered HTML rather than hydrated.
  if (lang === 'kk') return false;
  const params = new URLSearchParams(search);
  if (lang !== sources.url && lang !== 'en') params.set('lang', lang);
  const query = params.toString();
  const parsed = parseUrl(query ? `?${query}` : '');
  return parsed.ignored.length === 0 && serializeState(parsed.state) === recorded;
}
