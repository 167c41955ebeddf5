import type { BarRow } from '../../../src/charts/bar/types';

/** Delegates by country: one lower bound, one approximate, one illustrative, one without a count. */
export const BAR_ROWS: readonly BarRow[] = [
  { key: 'KAZ', label: 'Kazakhstan', value: 450, qualifier: 'at_least', highlighted: true },
  { key: 'RUS', label: 'Russian Federation', value: 120 },
  { key: 'CHN', label: 'China', value: 80, status: 'illustrative' },
  { key: 'IRN', label: 'Iran (Islamic Republic of)', value: 40, qualifier: 'approx' },
  { key: 'UZB', label: 'Uzbekistan', value: 35 },
  { key: 'KGZ', label: 'Kyrgyzstan', value: null },
  { key: 'TJK', label: 'Tajikistan', value: 12 },
  { key: 'THA', label: 'Thailand', value: 9 },
];
