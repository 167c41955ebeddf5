// An indicator's value with its unit: "12.5%", "4.5 per 1,000", a count, or a plain number.
import type { IndicatorUnit, Lang, Qualifier } from '../data/types';
import { formatCount } from './format';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang): Intl.NumberFormat {
  let f = cache.get(lang);
  if (!f) cache.set(lang, (f = new Intl.NumberFormat(lang === 'kk' ? 'kk-KZ' : lang, { maximumFractionDigits: 2 })));
  return f;
}

/** `perThousand` is the catalogue's "per 1,000" words in the reader's language. */
export function formatIndicator(value: number | null, unit: IndicatorUnit, qualifier: Qualifier | undefined, lang: Lang, perThousand: string): string {
  if (value === null || !Number.isFinite(value) || unit === 'count') return formatCount(value, qualifier, lang);
  const text = numberFormat(lang).format(value);
  if (unit === 'percent') return `${text}%`;
  if (unit === 'per_1000') return `${text} ${perThousand}`;
  return text;
}
