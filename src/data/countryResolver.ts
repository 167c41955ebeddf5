// Maps whatever a file writes in a country cell (code, number, name in any of our languages)
// to an alpha-3 or aggregate code, or to a "did you mean" suggestion.
import type { Aggregate } from './aggregates';
import type { CountryResolution, LoaderContext } from './loaderContext';
import { nameVariants, normalizeName } from './normalizeName';
import type { Country, Lang } from './types';
import { closestName, type NamedEntry } from './closestName';

/** Distinct raw strings remembered; a file of junk must not grow memory without bound. */
const CACHE_LIMIT = 50_000;

export interface CountryResolver extends LoaderContext {
  /** Number of distinct raw strings resolved so far (for tests and diagnostics). */
  readonly cacheSize: () => number;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const KAZAKH_LETTER = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const ARABIC = /\p{Script=Arabic}/u;

/** The language a spelling is most likely written in, to answer in that language. */
function langOf(text: string): Lang {
  if (ARABIC.test(text)) return 'ar';
  if (KAZAKH_LETTER.test(text)) return 'kk';
  return CYRILLIC.test(text) ? 'ru' : 'en';
}

export function createCountryResolver(
  countries: readonly Country[],
  aggregates: readonly Aggregate[],
): CountryResolver {
  const byCode = new Map<string, string>(); // upper-case code -> resolved code
  const byName = new Map<string, string>(); // normalised name -> resolved code
  const entries: NamedEntry[] = [];

  const addName = (spelling: string, code: string, display: Readonly<Record<Lang, string>>, lang: Lang): void => {
    const key = normalizeName(spelling);
    if (!key) return;
    // First writer wins: official names are added before aliases, so an alias never steals a name.
    if (!byName.has(key)) byName.set(key, code);
    entries.push({ key, suggestion: display[lang] });
  };

  for (const c of countries) {
    byCode.set(c.iso3, c.iso3);
    byCode.set(c.iso2, c.iso3);
    if (c.numeric) byCode.set(c.numeric, c.iso3);
  }
  for (const a of aggregates) byCode.set(a.code, a.code);
  for (const c of countries) for (const lang of ['en', 'ar', 'ru', 'kk'] as const) addName(c.names[lang], c.iso3, c.names, lang);
  for (const a of aggregates) for (const lang of ['en', 'ar', 'ru', 'kk'] as const) addName(a.names[lang], a.code, a.names, lang);
  for (const c of countries) for (const alias of c.aliases) addName(alias, c.iso3, c.names, langOf(alias));
  for (const a of aggregates) for (const alias of a.aliases) addName(alias, a.code, a.names, langOf(alias));

  const resolveUncached = (raw: string): CountryResolution => {
    const trimmed = raw.normalize('NFKC').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '').trim();
    if (/^\d{1,3}$/.test(trimmed)) {
      const code = byCode.get(trimmed.padStart(3, '0'));
      return code ? { ok: true, code } : { ok: false, suggestion: null };
    }
    const code = byCode.get(trimmed.toUpperCase());
    if (code) return { ok: true, code };
    for (const key of nameVariants(trimmed)) {
      const hit = byName.get(key);
      if (hit) return { ok: true, code: hit };
    }
    return { ok: false, suggestion: closestName(normalizeName(trimmed), entries) };
  };

  const cache = new Map<string, CountryResolution>();
  return {
    resolveCountry(raw: string): CountryResolution {
      let hit = cache.get(raw);
      if (hit === undefined) {
        hit = resolveUncached(raw);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(raw, hit);
      }
      return hit;
    },
    cacheSize: () => cache.size,
  };
}
