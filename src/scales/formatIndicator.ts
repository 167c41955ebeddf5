// An indicator's value with its unit: "12.5%", "4.5 per 1,000", a count, or a plain number.
import type { IndicatorUnit, Lang, Qualifier } from '../data/types';
import { formatCount } from './format';
import { numberFormat } from '../i18n/intl';

const twoDecimals = (lang: Lang): Intl.NumberFormat => numberFormat(lang === 'kk' ? 'kk-KZ' : lang, { maximumFractionDigits: 2 });

/** `perThousand` is the catalogue's "per 1,000" words in the reader's language. */
export function formatIndicator(value: number | null, unit: IndicatorUnit, qualifier: Qualifier | undefined, lang: Lang, perThousand: string): string {
  if (value === null || !Number.isFinite(value) || unit === 'count') return formatCount(value, qualifier, lang);
  const text = twoDecimals(lang).format(value);
  if (unit === 'percent') return `${text}%`;
  if (unit === 'per_1000') return `${text} ${perThousand}`;
  return text;
}
