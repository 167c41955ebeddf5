// A small multi-dataset world shaped like the bundled data (figures from shared/data-sources.md).
import { makeDataset } from './makeDataset';

const AT = { source: 'The Astana Times', source_url: 'https://astanatimes.com/2023/06', source_date: '2023-06' };

export const events = makeDataset('events', [
  { event_id: 'cica-rally-2024', name: 'Rally of CICA volunteer movement leaders', start_date: '2024-10-03', end_date: '2024-10-04', host_country: 'KAZ', city: 'Astana', delegates: 450, delegates_qualifier: 'at_least', countries: 21, source: 'Kazpravda', status: 'reported' },
  { event_id: 'ivf-2023', name: 'International Volunteer Forum', start_date: '2023-06-20', host_country: 'KAZ', city: 'Astana', delegates: 400, delegates_qualifier: 'approx', countries: 34, speakers: 40, speakers_qualifier: 'at_least', ...AT },
  { event_id: 'cavf-2022', name: 'First Central Asian Volunteers Forum', start_date: '2022', host_country: 'KAZ', delegates: 600, delegates_qualifier: 'at_least' },
]);

export const delegates = makeDataset('delegates', [
  { event_id: 'cica-rally-2024', country: 'KAZ', delegates: 200, status: 'illustrative', source: 'demo' },
  { event_id: 'cica-rally-2024', country: 'AZE', delegates: null, source: 'Kazpravda' },
  { event_id: 'ivf-2023', country: 'KAZ', delegates: 260, status: 'illustrative', source: 'demo' },
]);

export const placements = makeDataset('placements', [
  { year: 2021, country: 'WLD', perspective: 'duty_station', type: 'total', count: 10921, source: 'UNV Annual Report 2021' },
  { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'total', count: 12840, source: 'UNV Annual Report 2023' },
  { year: 2024, country: 'WLD', perspective: 'duty_station', type: 'total', count: 15000, qualifier: 'approx', source: 'unv.org' },
  { year: 2023, country: 'WLD', perspective: 'duty_station', type: 'national', count: 8027 },
  { year: 2022, country: 'KAZ', perspective: 'nationality', type: 'total', count: 73, ...AT },
  { year: 2022, country: 'KAZ', perspective: 'nationality', type: 'national', count: 56, ...AT },
  { year: 2023, country: 'KAZ', perspective: 'nationality', type: 'international', count: 9, ...AT, note: 'funded by Kazakhstan' },
  { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'national', count: 65, ...AT },
  { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'total', count: 30, sdg: '4|5', status: 'illustrative', source: 'demo' },
]);

export const organizations = makeDataset('organizations', [
  { country: 'KAZ', date: '2019', count: 50, qualifier: 'at_least', source: 'arda.com.kz' },
  { country: 'KAZ', date: '2022-12', count: 700, qualifier: 'approx', ...AT },
  { country: 'KAZ', date: '2023-06', count: 680, source: 'arda.com.kz' },
  { country: 'KAZ', date: '2024-10', count: 740, qualifier: 'at_least', source: 'Kazinform' },
]);

export const all = [events, delegates, placements, organizations];
