// ISO partial dates ("2024", "2024-10", "2024-10-05") as a reader in the language would write them.
import type { Lang } from '../data/types';
import { dateTimeFormat, FULL_DATE, numberFormat } from '../i18n/intl';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/** Kazakh month names as CLDR writes them in dates; some browsers (Chromium 156) ship no Kazakh date data. */
const KAZAKH_MONTHS = [
  'қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан',
] as const;

let kazakhDates: boolean | null = null;

/** Whether Intl knows Kazakh month names (without data it answers "M10"). */
export function intlHasKazakhDates(): boolean {
  kazakhDates ??= /[а-яәғқңөұүһі]/iu.test(
    new Intl.DateTimeFormat('kk', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 9, 1))),
  );
  return kazakhDates;
}

/** "2024 ж. 3 қазан" / "2024 ж. қазан", the CLDR Kazakh long patterns. */
export function kazakhDate(year: number, month: number, day?: number): string {
  const name = KAZAKH_MONTHS[month - 1] ?? String(month);
  return day === undefined ? `${year} ж. ${name}` : `${year} ж. ${day} ${name}`;
}

export function formatIsoDate(iso: string, lang: Lang, intlKnowsKazakh: () => boolean = intlHasKazakhDates): string {
  const m = PARTIAL_DATE.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (mo === undefined) return numberFormat(lang, { useGrouping: false }).format(Number(y));
  if (lang === 'kk' && !intlKnowsKazakh()) return kazakhDate(Number(y), Number(mo), d === undefined ? undefined : Number(d));
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d === undefined ? 1 : Number(d)));
  const options: Intl.DateTimeFormatOptions = d === undefined
    ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : FULL_DATE;
  return dateTimeFormat(lang, options).format(date);
}
