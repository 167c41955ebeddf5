// Country and aggregate names in the reader's language, falling back to the code.
import { AGGREGATES } from '../data/aggregates';
import type { Country, Lang } from '../data/types';

export function countryName(countries: readonly Country[] | undefined, code: string, lang: Lang): string {
  const country = countries?.find((c) => c.iso3 === code);
  if (country) return country.names[lang];
  return AGGREGATES.find((a) => a.code === code)?.names[lang] ?? code;
}
