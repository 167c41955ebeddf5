// Where one country stands among CICA states on a metric: "3rd of 12 with data".
import type { Country } from '../data/types';
import type { CountryValue } from './countryValues';
import { assertKnownOptions } from './options';

export interface CicaRankOptions {
  /** Count observer states as well as members; default true. */
  readonly observers?: boolean;
}

export interface CicaRank {
  /** 1 = highest value; equal values share a rank. Null when the country has no value or is not CICA. */
  readonly rank: number | null;
  /** CICA states with a value. */
  readonly of: number;
  readonly value: number | null;
  readonly isCica: boolean;
}

export function cicaRank(
  values: ReadonlyMap<string, CountryValue>,
  iso3: string,
  countries: readonly Country[],
  options: CicaRankOptions = {},
): CicaRank {
  assertKnownOptions('cicaRank', options, ['observers']);
  const observers = options.observers ?? true;
  const inCica = (c: Country) => c.cica === 'member' || (observers && c.cica === 'observer');
  const cica = new Set(countries.filter(inCica).map((c) => c.iso3));
  let of = 0;
  let above = 0;
  const own = values.get(iso3)?.value ?? null;
  for (const code of cica) {
    const v = values.get(code)?.value;
    if (v === undefined || v === null) continue;
    of++;
    if (own !== null && v > own) above++;
  }
  const isCica = cica.has(iso3);
  return { rank: isCica && own !== null ? above + 1 : null, of, value: own, isCica };
}
