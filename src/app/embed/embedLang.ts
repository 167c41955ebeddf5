// An embed speaks the language its snippet fixed (?lang=), otherwise its reader's browser language.
import type { Lang } from '../../data/types';
import { isLang } from '../../state/viewState';
import { languageOf } from '../lang';

export function embedLang(search: string, browser: readonly string[]): Lang {
  const fixed = new URLSearchParams(search).get('lang');
  if (fixed !== null && isLang(fixed)) return fixed;
  return languageOf(browser) ?? 'en';
}
