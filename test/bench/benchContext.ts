// The real country resolver over data/countries.csv: the bench fixture writes real ISO codes, so
// resolving them is part of what the loader benchmark times.
import { readFileSync } from 'node:fs';
import { AGGREGATES } from '../../src/data/aggregates';
import { parseCountriesCsv } from '../../src/data/countries';
import { createCountryResolver } from '../../src/data/countryResolver';
import type { LoaderContext } from '../../src/data/loaderContext';

export function benchContext(): LoaderContext {
  const countries = parseCountriesCsv(readFileSync(new URL('../../data/countries.csv', import.meta.url), 'utf8'));
  return createCountryResolver(countries, AGGREGATES);
}
