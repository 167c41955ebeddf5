import { en, type Catalogue, type Message, type MessageKey } from './en';
import { numberLocale } from './numberLocale';
import type { Lang } from '../data/types';
import { numberFormat, pluralRules } from './intl';

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

// English is bundled; the others load on demand, so a reader downloads one catalogue, not four.
const catalogues: Partial<Record<Lang, Catalogue>> = { en };
const loaders: Readonly<Record<Exclude<Lang, 'en'>, () => Promise<Catalogue>>> = {
  ar: () => import('./ar').then((m) => m.ar),
  ru: () => import('./ru').then((m) => m.ru),
  kk: () => import('./kk').then((m) => m.kk),
};

export function hasCatalogue(lang: Lang): boolean {
  return catalogues[lang] !== undefined;
}

/** Loads a language's catalogue once; t() for that language falls back to English until it has. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (lang === 'en' || catalogues[lang]) return;
  catalogues[lang] = await loaders[lang]();
}

const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /(?![\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])\p{L}/u;
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Wraps text written in the other direction (a Latin event name in Arabic, an Arabic source in English) in
 * Unicode isolates, so its punctuation and the sentence around it keep their places.
 */
export function isolate(value: string, dir: 'ltr' | 'rtl'): string {
  const foreign = dir === 'rtl' ? LTR_LETTER : RTL_LETTER;
  return foreign.test(value) ? `${FSI}${value}${PDI}` : value;
}

/** Fills {name} placeholders; numbers are formatted for the language, text from data is direction-isolated. */
function interpolate(text: string, params: Params | undefined, numberFormat: Intl.NumberFormat, dir: 'ltr' | 'rtl'): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : isolate(value, dir);
  });
}

function pick(message: Message, params: Params | undefined, plural: Intl.PluralRules): string {
  if (typeof message === 'string') return message;
  const count = params?.count;
  const category = typeof count === 'number' ? plural.select(count) : 'other';
  return message[category] ?? message.other;
}

const translators = new Map<Lang, Translate>();

/** t() for a language (one per language); English is only a safety net (the compiler requires every key in every language). */
export function makeTranslate(lang: Lang): Translate {
  let t = translators.get(lang);
  if (!t) translators.set(lang, (t = translatorFor(lang)));
  return t;
}

function translatorFor(lang: Lang): Translate {
  const plural = pluralRules(lang);
  const format = numberFormat(numberLocale(lang));
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return (key, params) => {
    // Looked up per call: a translator made before its catalogue arrived must not stay English.
    const catalogue = catalogues[lang] ?? en;
    // The embed ships a part of each catalogue (build/embedCataloguesPlugin.ts): a gap shows the key, never throws.
    const message = (catalogue[key] as Message | undefined) ?? (en[key] as Message | undefined);
    return message === undefined ? key : interpolate(pick(message, params, plural), params, format, dir);
  };
}

export const tEn: Translate = makeTranslate('en');
