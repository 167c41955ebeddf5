import type { StackedRow } from '../../../src/charts/stacked/types';
import { PLACEMENT_COLORS } from '../../../src/scales/colors';

const seg = (national: number | null, international: number | null, illustrative = false) => [
  { key: 'national', label: 'National', value: national, color: PLACEMENT_COLORS.national, ...(illustrative ? { status: 'illustrative' as const } : {}) },
  { key: 'international', label: 'International', value: international, color: PLACEMENT_COLORS.international },
];

/** National and international UN Volunteers by region (2023-like figures) and one country. */
export const STACKED_ROWS: readonly StackedRow[] = [
  { key: 'UNV-SSA', label: 'Sub-Saharan Africa', segments: seg(3400, 1899) },
  { key: 'UNV-LAC', label: 'Latin America and the Caribbean', segments: seg(2100, 662) },
  { key: 'UNV-AP', label: 'Asia and the Pacific', segments: seg(1200, 731, true) },
  { key: 'KAZ', label: 'Kazakhstan', segments: seg(56, null) },
];
