// The country table the tests run against: the bundled data/countries.csv once it exists, else a fixture.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCountriesCsv } from '../../../src/data/countries';
import type { Country } from '../../../src/data/types';

const bundled = fileURLToPath(new URL('../../../data/countries.csv', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/countries.csv', import.meta.url));

export const countriesPath = existsSync(bundled) ? bundled : fixture;

export function loadCountries(): Country[] {
  return parseCountriesCsv(readFileSync(countriesPath, 'utf8'));
}
