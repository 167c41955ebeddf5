import type { EventRow } from '../../../src/charts/events/types';

export const EVENT_ROWS: readonly EventRow[] = [
  { key: 'rally-2024', label: 'Rally of CICA volunteer movement leaders', date: '2024-10-03', delegates: 450, delegatesQualifier: 'at_least', countries: 21 },
  { key: 'ivf-2023', label: 'International Volunteer Forum', date: '2023-06-20', delegates: 400, delegatesQualifier: 'approx', countries: 34 },
  { key: 'cavf-2022', label: 'First Central Asian Volunteers Forum', date: '2022', delegates: 600, delegatesQualifier: 'at_least', countries: null },
];
