import { describe, expect, it } from 'vitest';
import { sdgSummary } from '../../../src/charts/sdg/summary';
import { sdgTable } from '../../../src/charts/sdg/table';
import { EN } from '../textContext';
import { GOALS, VALUES } from './goals';

describe('sdgSummary', () => {
  it('names the highest and lowest goal, lists goals without data by number, never sums, says why', () => {
    expect(sdgSummary(GOALS, VALUES, EN)).toBe(
      '16 Peace, Justice and Strong Institutions has the highest figure: 2,100. 13 Climate Action has the lowest: more than 75. ' +
        'Some figures are illustrative, not published. No data for goals 1, 2, 6, 7, 8, 9, 10, 11, 12, 14, 15, and 17. ' +
        'A placement can serve several goals, so goal values overlap and are not summed.',
    );
    expect(sdgSummary(GOALS, VALUES, EN)).not.toMatch(/Together/);
  });

  it('says when no goal has data', () => {
    expect(sdgSummary(GOALS, [], EN)).toMatch(/^No figures to show\. No data for goals 1, 2, .* and 17\. A placement/);
  });
});

describe('sdgTable', () => {
  it('has the 17 goals in official order with "No data" where there is none', () => {
    const table = sdgTable([...GOALS].reverse(), VALUES, EN, 'c', 'UN Volunteers');
    expect(table.rows).toHaveLength(17);
    expect(table.rows.map((r) => r.header.split(' ')[0])).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
    expect(table.rows[2]!.cells).toEqual(['400 (illustrative)']);
    expect(table.rows[0]!.cells).toEqual(['No data']);
  });
});
