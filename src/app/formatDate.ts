// ISO partial dates ("2024", "2024-10", "2024-10-05") as a reader in the language would write them.
import type { Lang } from '../data/types';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

export function formatIsoDate(iso: string, lang: Lang): string {
  const m = PARTIAL_DATE.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (mo === undefined) return new Intl.NumberFormat(lang, { useGrouping: false }).format(Number(y));
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d === undefined ? 1 : Number(d)));
  const options: Intl.DateTimeFormatOptions = d === undefined
    ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
    : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, options).format(date);
}
