import type { LineSeries } from '../../../src/charts/line/types';

/** UN Volunteers worldwide: no figure for 2022, 2024 approximate; a sparse national series. */
export const LINE_SERIES: readonly LineSeries[] = [
  {
    key: 'total',
    label: 'UN Volunteers',
    points: [
      { year: 2018, value: 7201 },
      { year: 2019, value: 8282 },
      { year: 2020, value: 9459 },
      { year: 2021, value: 10921 },
      { year: 2022, value: null },
      { year: 2023, value: 12840 },
      { year: 2024, value: 15000, qualifier: 'approx' },
    ],
  },
  {
    key: 'national',
    label: 'National',
    points: [
      { year: 2019, value: 3917 },
      { year: 2021, value: 6444, status: 'illustrative' },
      { year: 2023, value: 8027, qualifier: 'at_least' },
    ],
  },
];
