import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLookups } from '../../../src/table/lookups';
import { prepareColumns } from '../../../src/table/tableModel';
import { groupRows } from '../../../src/table/engine/groupRows';
import { makeDataset } from '../makeDataset';

describe('groupRows', () => {
  it('puts each row, in the incoming order, in the group of its value (one group per distinct value)', () => {
    const row = fc.record({
      year: fc.option(fc.oneof(fc.integer({ min: 2019, max: 2024 }), fc.constant(-0), fc.double({ min: -5, max: 5, noNaN: true })), { nil: null }),
      country: fc.option(fc.constantFrom('AAA', 'BBB', 'CCC'), { nil: null }),
      count: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
    });
    fc.assert(fc.property(fc.array(row, { maxLength: 50 }), fc.constantFrom('year', 'country'), (rows, by) => {
      const dataset = makeDataset('organizations', { year: 'number', country: 'code', count: 'number' }, rows);
      const { columns, specs } = prepareColumns(dataset);
      const lookups = buildLookups(columns, specs, { lang: 'en', nameOf: (c) => c, labelOf: (_, v) => v });
      const order = Int32Array.from(rows.keys()).reverse(); // any incoming order
      const groups = groupRows(lookups, order, [by], []);
      const valueOf = (i: number): string => { const v = rows[i]![by]; return v === null ? '' : String(v); };
      expect(new Set(groups.map((g) => g.value)).size).toBe(groups.length);
      expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(rows.length);
      for (const g of groups) expect([...g.rows]).toEqual([...order].filter((i) => valueOf(i) === g.value));
    }), { numRuns: 200 });
  });
});
