import type { Lang } from '../data/types';
import { numberFormat } from './intl';

type Probe = (locale: string) => string | undefined;

/** The decimal separator Intl uses for a locale, e.g. "," for Kazakh when the runtime has Kazakh data. */
const decimalOf: Probe = (locale) =>
  numberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;

/**
 * The locale to give Intl.NumberFormat for plain numbers in a language. Some browsers ship no Kazakh number
 * data (Chromium 156 formats `kk` as "1,234.5"); Kazakh writes numbers as Russian does in Kazakhstan
 * ("1 234,5"), so ru-KZ stands in there. Not for compact notation, whose words would then be Russian.
 */
export function numberLocale(lang: Lang, probe: Probe = decimalOf): string {
  if (lang !== 'kk') return lang;
  return probe('kk') === ',' ? 'kk' : 'ru-KZ';
}
