import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildLookups } from '../../../src/table/lookups';
import { prepareColumns } from '../../../src/table/tableModel';
import { sortRows } from '../../../src/table/engine/sortRows';
import { makeDataset } from '../makeDataset';

const names: Record<string, string> = { AAA: 'Zeta', BBB: 'Alpha', CCC: 'Mu' };
const nameOf = (c: string) => names[c] ?? c;

function setup(rows: { count: number | null; share: number | null; country: string | null }[]) {
  const dataset = makeDataset('organizations', { count: 'number', share: 'number', country: 'code' }, rows);
  const source = { dataset, nameOf, searchTextOf: nameOf, lang: 'en', labelOf: (_: string, v: string) => v };
  const { columns, specs } = prepareColumns(dataset);
  return buildLookups(columns, specs, source);
}

/** Reference: comparator sort, missing last whatever the direction, ties by row index. */
function reference(rows: Record<string, number | string | null>[], sorting: { id: string; desc: boolean }[]): number[] {
  const key = (v: number | string | null) => (typeof v === 'string' ? nameOf(v) : v);
  return rows.map((_, i) => i).sort((a, b) => {
    for (const { id, desc } of sorting) {
      const x = key(rows[a]![id] ?? null), y = key(rows[b]![id] ?? null);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * (desc ? -1 : 1);
    }
    return a - b;
  });
}

describe('sortRows', () => {
  it('matches a comparator sort for any data and any multi-column sort', () => {
    const row = fc.record({
      count: fc.option(fc.integer({ min: -50, max: 50 }), { nil: null }),
      share: fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }).map((v) => (Object.is(v, -0) ? 0 : v)), { nil: null }),
      country: fc.option(fc.constantFrom('AAA', 'BBB', 'CCC'), { nil: null }),
    });
    const sort = fc.uniqueArray(fc.record({ id: fc.constantFrom('count', 'share', 'country'), desc: fc.boolean() }), { selector: (s) => s.id, maxLength: 3 });
    fc.assert(fc.property(fc.array(row, { maxLength: 60 }), sort, (rows, sorting) => {
      const lookups = setup(rows);
      const all = Int32Array.from(rows.map((_, i) => i));
      expect([...sortRows(lookups, all, sorting)]).toEqual(reference(rows, sorting));
    }));
  });

  it('sorts only the rows it is given and leaves the input untouched', () => {
    const lookups = setup([{ count: 3, share: null, country: null }, { count: 1, share: null, country: null }, { count: 2, share: null, country: null }]);
    const subset = Int32Array.from([0, 2]);
    expect([...sortRows(lookups, subset, [{ id: 'count', desc: false }])]).toEqual([2, 0]);
    expect([...subset]).toEqual([0, 2]);
  });
});
