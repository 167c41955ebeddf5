import { describe, expect, it } from 'vitest';
import { stackedSummary } from '../../../src/charts/stacked/summary';
import { stackedTable } from '../../../src/charts/stacked/table';
import type { StackedRow } from '../../../src/charts/stacked/types';
import { EN, ctxFor } from '../textContext';
import { STACKED_ROWS } from './rows';

const kaz = (national: number | null, international: number | null, q: 'exact' | 'at_least' = 'exact'): StackedRow => ({
  key: 'KAZ',
  label: 'Kazakhstan',
  segments: [
    { key: 'national', label: 'National', value: national },
    { key: 'international', label: 'International', value: international, qualifier: q },
  ],
});

describe('stackedSummary', () => {
  it.each([
    { description: 'a missing part is named, no total invented', rows: [kaz(65, null)], expected: 'Kazakhstan: 65 national; international not published.' },
    { description: 'both parts: their sum', rows: [kaz(56, 17)], expected: 'Kazakhstan: 73.' },
    { description: 'a lower-bound part makes the sum a lower bound', rows: [kaz(56, 9, 'at_least')], expected: 'Kazakhstan: more than 65.' },
    { description: 'only the other part', rows: [kaz(null, 9, 'at_least')], expected: 'Kazakhstan: national not published; more than 9 international.' },
    { description: 'nothing', rows: [kaz(null, null)], expected: 'No figures to show. No figure for Kazakhstan.' },
    {
      description: 'longest and shortest of many bars, how many lack a part, illustrative',
      rows: STACKED_ROWS,
      expected:
        'Sub-Saharan Africa: 5,299. Kazakhstan: 56 national; international not published. 1 bar lacks a part that was not published. Some figures are illustrative, not published.',
    },
  ])('$description', ({ rows, expected }) => {
    expect(stackedSummary(rows, EN)).toBe(expected);
  });
});

describe('stackedSummary in Arabic', () => {
  it('joins the phrases with the Arabic semicolon and isolates the name', () => {
    const ar = stackedSummary([kaz(65, null)], ctxFor('ar'));
    expect(ar).toContain('\u2068Kazakhstan\u2069');
    expect(ar).toContain('؛ ');
    expect(ar).not.toContain('; ');
  });
});

describe('stackedTable', () => {
  it('shows each part and a total only where every part is known', () => {
    const table = stackedTable(STACKED_ROWS, EN, { caption: 'c', label: 'Country' });
    expect(table.columns).toEqual(['Country', 'National', 'International', 'Total']);
    expect(table.rows[0]!.cells).toEqual(['3,400', '1,899', '5,299']);
    expect(table.rows[2]!.cells).toEqual(['1,200 (illustrative)', '731', '1,931 (illustrative)']);
    expect(table.rows[3]!.cells).toEqual(['56', 'No data', 'No data']);
  });
});
