// A loader that resolves at once with small in-test datasets (no worker, no fetch).
import type { DataLoader, Reference } from '../../src/app/DataContext';
import type { Country, LoadResult } from '../../src/data/types';
import { makeDataset } from '../transforms/makeDataset';

function country(iso3: string, numeric: string, en: string, cica: Country['cica']): Country {
  return { iso3, iso2: iso3.slice(0, 2), numeric, names: { en, ar: en, ru: en, kk: en }, region: 'Asia', subregion: 'Central Asia', cica, aliases: [] };
}

export const reference: Reference = {
  countries: [country('KAZ', '398', 'Kazakhstan', 'member'), country('UZB', '860', 'Uzbekistan', 'member'), country('FRA', '250', 'France', 'none')],
  goals: [
    { goal: 4, color: '#C5192D', names: { en: 'Quality Education', ar: 'Quality Education', ru: 'Quality Education', kk: 'Quality Education' } },
    { goal: 5, color: '#FF3A21', names: { en: 'Gender Equality', ar: 'Gender Equality', ru: 'Gender Equality', kk: 'Gender Equality' } },
  ],
};

const RALLY = 'Arabic report of 2024-10-05';

export const events = makeDataset('events', [
  { event_id: 'ivf-2023', name: 'International Volunteer Forum', start_date: '2023-06-20', delegates: 400, delegates_qualifier: 'approx', countries: 34, source: 'The Astana Times', status: 'reported' },
  { event_id: 'cica-rally-2024', name: 'Rally of CICA volunteer movement leaders', start_date: '2024-10-03', delegates: 450, delegates_qualifier: 'at_least', countries: 21, countries_qualifier: 'exact', source: RALLY, source_date: '2024-10-05', status: 'reported' },
]);

export const delegates = makeDataset('delegates', [
  { event_id: 'cica-rally-2024', country: 'KAZ', delegates: null, source: RALLY, status: 'reported' },
  { event_id: 'cica-rally-2024', country: 'UZB', delegates: null, source: RALLY, status: 'reported' },
]);

export const placements = makeDataset('placements', [
  { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', count: 12840, source: 'UNV Annual Report 2023', status: 'reported' },
  { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', sdg: '4', count: 1200, qualifier: 'approx', source: 'Illustrative', status: 'illustrative' },
  { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'national', count: 65, source: 'UN Resident Coordinator', status: 'reported' },
  { year: 2024, country: 'KAZ', perspective: 'nationality', type: 'international', count: 7, qualifier: 'at_least', source: 'Kazinform', status: 'reported' },
]);

export const organizations = makeDataset('organizations', [
  { country: 'KAZ', date: '2023-06', count: 680, source: 'arda.com.kz', status: 'reported' },
  { country: 'KAZ', date: '2024-10', count: 740, qualifier: 'at_least', source: RALLY, status: 'illustrative' },
  { country: 'UZB', date: '2024-01', count: 120, source: 'Test source UZB', status: 'reported' },
]);

/** Not bundled by fakeLoader(): a test that needs indicators passes them in. */
export const indicators = makeDataset('indicators', [
  { indicator: 'Volunteer rate (%)', unit: 'percent', country: 'KAZ', year: 2021, value: 12.5, source: 'Survey A', status: 'reported' },
  { indicator: 'Volunteer rate (%)', unit: 'percent', country: 'KAZ', year: 2023, value: 13.25, source: 'Survey A', status: 'reported' },
  { indicator: 'Volunteer rate (%)', unit: 'percent', country: 'UZB', year: 2022, value: 9, source: 'Survey B', status: 'reported' },
  { indicator: 'Registered volunteers', unit: 'count', country: 'KAZ', year: 2022, value: 41000, source: 'Platform C', status: 'reported' },
]);

function result(dataset: LoadResult['dataset'] & object): LoadResult {
  return {
    dataset,
    report: {
      fileName: dataset.name, kind: dataset.kind, encoding: 'utf-8', delimiter: ',', bytes: 0,
      recordsRead: dataset.rowCount, loaded: dataset.rowCount, rejected: 0, blank: 0, merged: 0,
      missingCells: {}, issues: [], failed: false,
    },
  };
}

export function fakeLoader(extra: readonly (LoadResult['dataset'] & object)[] = []): DataLoader {
  return {
    init: async () => reference,
    loadBundled: async () => [result(events), result(delegates), result(placements), result(organizations), ...extra.map(result)],
  };
}

/** A loader that never finishes, to look at the loading state. */
export function pendingLoader(): DataLoader {
  const never = new Promise<never>(() => {});
  return { init: () => never, loadBundled: () => never };
}

export function failingLoader(message: string): DataLoader {
  return { init: async () => { throw new Error(message); }, loadBundled: async () => [] };
}
