import { en, type Catalogue, type Message, type MessageKey } from './en';
import { ar } from './ar';
import { ru } from './ru';
import { kk } from './kk';
import type { Lang } from '../data/types';

export type Params = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogues: Readonly<Record<Lang, Catalogue>> = { en, ar, ru, kk };

/** Fills {name} placeholders; numbers are formatted for the language. */
function interpolate(text: string, params: Params | undefined, numberFormat: Intl.NumberFormat): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat.format(value) : value;
  });
}

function pick(message: Message, params: Params | undefined, plural: Intl.PluralRules): string {
  if (typeof message === 'string') return message;
  const count = params?.count;
  const category = typeof count === 'number' ? plural.select(count) : 'other';
  return message[category] ?? message.other;
}

/** Builds t() for a language; English is only a safety net (the compiler requires every key in every language). */
export function makeTranslate(lang: Lang): Translate {
  const catalogue = catalogues[lang] ?? en;
  const plural = new Intl.PluralRules(lang);
  const numberFormat = new Intl.NumberFormat(lang);
  return (key, params) => interpolate(pick(catalogue[key] ?? en[key], params, plural), params, numberFormat);
}

export const tEn: Translate = makeTranslate('en');
