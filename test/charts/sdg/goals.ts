import type { SdgGoal, SdgValue } from '../../../src/charts/sdg/types';

/** The 17 goals with official colours and English short names (as in data/sdgs.csv). */
export const GOALS: readonly SdgGoal[] = [
  { goal: 1, name: 'No Poverty', color: '#E5243B' },
  { goal: 2, name: 'Zero Hunger', color: '#DDA63A' },
  { goal: 3, name: 'Good Health and Well-being', color: '#4C9F38' },
  { goal: 4, name: 'Quality Education', color: '#C5192D' },
  { goal: 5, name: 'Gender Equality', color: '#FF3A21' },
  { goal: 6, name: 'Clean Water and Sanitation', color: '#26BDE2' },
  { goal: 7, name: 'Affordable and Clean Energy', color: '#FCC30B' },
  { goal: 8, name: 'Decent Work and Economic Growth', color: '#A21942' },
  { goal: 9, name: 'Industry, Innovation and Infrastructure', color: '#FD6925' },
  { goal: 10, name: 'Reduced Inequalities', color: '#DD1367' },
  { goal: 11, name: 'Sustainable Cities and Communities', color: '#FD9D24' },
  { goal: 12, name: 'Responsible Consumption and Production', color: '#BF8B2E' },
  { goal: 13, name: 'Climate Action', color: '#3F7E44' },
  { goal: 14, name: 'Life Below Water', color: '#0A97D9' },
  { goal: 15, name: 'Life on Land', color: '#56C02B' },
  { goal: 16, name: 'Peace, Justice and Strong Institutions', color: '#00689D' },
  { goal: 17, name: 'Partnerships for the Goals', color: '#19486A' },
];

export const VALUES: readonly SdgValue[] = [
  { goal: 3, value: 400, status: 'illustrative' },
  { goal: 4, value: 1200 },
  { goal: 5, value: 950, qualifier: 'approx' },
  { goal: 13, value: 75, qualifier: 'at_least' },
  { goal: 16, value: 2100 },
];
