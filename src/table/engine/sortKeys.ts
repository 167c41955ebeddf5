// A sortable number per row for any column: numbers as they are, codes by collated rank, goals by lowest goal.
import type { Lookups } from '../lookups';

/** Key of row i for column id; NaN when the cell is missing. */
export function sortKeys(lookups: Lookups, id: string): Float64Array | null {
  const column = lookups.columns[id];
  if (!column) return null;
  if (column.type === 'number') return column.values;
  if (column.type === 'goals') {
    const keys = new Float64Array(column.masks.length);
    for (let i = 0; i < keys.length; i++) {
      const m = column.masks[i]!;
      keys[i] = m === 0 ? NaN : 31 - Math.clz32(m & -m);
    }
    return keys;
  }
  const rank = lookups.codes[id]?.rank;
  const keys = new Float64Array(column.codes.length);
  for (let i = 0; i < keys.length; i++) {
    const c = column.codes[i]!;
    keys[i] = c < 0 ? NaN : rank ? rank[c]! : c;
  }
  return keys;
}
