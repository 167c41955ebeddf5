// Number formats for charts: qualified counts for labels, compact numbers for axes.
import type { Lang, Qualifier } from '../data/types';
import { numberLocale } from '../i18n/numberLocale';
import { makeTranslate } from '../i18n/translate';
import { numberFormat } from '../i18n/intl';


/** "450", "more than 450", "about 400" in the language; "No data" for a missing value. */
export function formatCount(value: number | null | undefined, qualifier: Qualifier | undefined, lang: Lang): string {
  const t = makeTranslate(lang);
  if (value === null || value === undefined || !Number.isFinite(value)) return t('noData');
  return t(`qualifier.${qualifier ?? 'exact'}`, { value });
}

/** A formatter for a label value: value and qualifier in, text out. */
export type ValueFormatter = (value: number, qualifier?: Qualifier) => string;

/** formatCount bound to a language, for chart options. */
export function countFormatter(lang: Lang): ValueFormatter {
  return (value, qualifier) => formatCount(value, qualifier, lang);
}

/** Kazakh compact numbers ("16 мың", "1,2 млн") where the runtime has no Kazakh number data (Chromium 156). */
export function kazakhCompact(): (value: number) => string {
  const plain = numberFormat(numberLocale('kk'), { maximumFractionDigits: 1 });
  return (value) => {
    const size = Math.abs(value);
    if (size >= 1e9) return `${plain.format(value / 1e9)} млрд`;
    if (size >= 1e6) return `${plain.format(value / 1e6)} млн`;
    if (size >= 1e3) return `${plain.format(value / 1e3)} мың`;
    return plain.format(value);
  };
}

/** Compact axis labels: 1.2K, 15K, 1M (or the language's equivalent). */
export function compactFormatter(lang: Lang | string = 'en'): (value: number) => string {
  if (lang === 'kk' && numberLocale('kk') !== 'kk') return kazakhCompact();
  const format = numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 });
  return (value) => format.format(value);
}

/** Years as plain integers without grouping ("2024", not "2,024"). */
export function yearFormatter(lang: Lang | string = 'en'): (year: number) => string {
  const f = numberFormat(lang, { useGrouping: false, maximumFractionDigits: 0 });
  return (year) => f.format(year);
}
