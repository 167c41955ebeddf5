// Which language to show: the URL's ?lang= wins, then the reader's last choice, then the browser, then English.
import { LANGS, type Lang } from '../data/types';
import { isLang } from '../state/viewState';

export const LANG_STORAGE_KEY = 'volunteer-dashboard.lang';

/** The first supported language in a navigator.languages list ("kk-KZ" -> "kk", "ar-EG" -> "ar"). */
export function languageOf(preferred: readonly string[]): Lang | null {
  for (const tag of preferred) {
    const base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLang(base)) return base;
  }
  return null;
}

export interface LangSources {
  /** The raw ?lang= value, or null when the URL has none. */
  readonly url: string | null;
  /** What the reader chose last time (localStorage), or null. */
  readonly stored: string | null;
  /** navigator.languages. */
  readonly browser: readonly string[];
}

/** URL > stored choice > browser > English; unsupported values at one level fall through to the next. */
export function resolveLang({ url, stored, browser }: LangSources): Lang {
  if (url !== null && isLang(url)) return url;
  if (stored !== null && isLang(stored)) return stored;
  return languageOf(browser) ?? LANGS[0] ?? 'en';
}

/** Reads the sources from the page; storage may be unavailable (privacy mode), which counts as "no choice". */
export function langSourcesOfPage(): LangSources {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    stored = null;
  }
  const browser = navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
  return { url: new URLSearchParams(window.location.search).get('lang'), stored, browser };
}

export function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_STORAGE_KEY, lang);
  } catch {
    // Not remembered; the URL still carries the choice.
  }
}

export function dirOf(lang: Lang): 'ltr' | 'rtl' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
