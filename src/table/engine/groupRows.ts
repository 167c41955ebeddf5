// Groups sorted rows by one or more columns, with a row count and country-only sums per group.
import type { ExpandedState, SortingState } from '@tanstack/table-core';
import type { Lookups } from '../lookups';
import { sumRows, type ColumnSums } from './sumRows';

export interface GroupNode extends ColumnSums {
  readonly id: string;
  readonly depth: number;
  readonly columnId: string;
  /** Raw grouping value: a code, a year, a goal number as text; "" when missing. */
  readonly value: string;
  /** Collated key of the value, for ordering groups. */
  readonly key: number;
  /** Leaf rows in sort order. A row tagged with several SDGs is in each of their groups. */
  readonly rows: Int32Array;
  readonly children: readonly GroupNode[];
}

interface Bucket { value: string; key: number; rows: number[] }

function bucketsOf(lookups: Lookups, columnId: string, rows: Int32Array): Bucket[] {
  const column = lookups.columns[columnId];
  const buckets = new Map<string, Bucket>();
  const add = (value: string, key: number, i: number) => {
    let bucket = buckets.get(value);
    if (!bucket) buckets.set(value, (bucket = { value, key, rows: [] }));
    bucket.rows.push(i);
  };
  if (!column) return [];
  if (column.type === 'goals') {
    for (const i of rows) {
      const m = column.masks[i]!;
      if (m === 0) add('', NaN, i);
      for (let g = 1; g <= 32; g++) if (m & (1 << (g - 1))) add(String(g), g, i);
    }
  } else if (column.type === 'number') {
    for (const i of rows) { const v = column.values[i]!; add(v === v ? String(v) : '', v, i); }
  } else {
    const rank = lookups.codes[columnId]?.rank;
    for (const i of rows) {
      const c = column.codes[i]!;
      add(c < 0 ? '' : column.dictionary[c]!, c < 0 ? NaN : rank ? rank[c]! : c, i);
    }
  }
  return [...buckets.values()];
}

function orderGroups(nodes: GroupNode[], columnId: string, sorting: SortingState): GroupNode[] {
  const own = sorting.find((s) => s.id === columnId);
  const bySum = sorting.find((s) => nodes[0] && s.id in nodes[0].sums);
  const keyOf = own || !bySum ? (n: GroupNode) => n.key : (n: GroupNode) => n.sums[bySum.id] ?? NaN;
  const sign = (own ?? bySum)?.desc ? -1 : 1;
  return nodes.sort((a, b) => {
    const ka = keyOf(a), kb = keyOf(b);
    if (ka !== ka) return kb !== kb ? 0 : 1;
    if (kb !== kb) return -1;
    return ka === kb ? 0 : ka < kb ? -sign : sign;
  });
}

/** Builds the group tree for `grouping` (outermost first) over rows already in sort order. */
export function groupRows(lookups: Lookups, sorted: Int32Array, grouping: readonly string[], sorting: SortingState, parentId = '', depth = 0): GroupNode[] {
  const columnId = grouping[depth];
  if (columnId === undefined) return [];
  const nodes = bucketsOf(lookups, columnId, sorted).map((bucket): GroupNode => {
    const rows = Int32Array.from(bucket.rows);
    const id = `${parentId}${parentId ? '>' : ''}${columnId}:${bucket.value}`;
    return {
      id, depth, columnId, value: bucket.value, key: bucket.key, rows,
      children: groupRows(lookups, rows, grouping, sorting, id, depth + 1),
      ...sumRows(lookups, rows, true),
    };
  });
  return orderGroups(nodes, columnId, sorting);
}

export function isGroupExpanded(expanded: ExpandedState, id: string): boolean {
  return expanded === true || expanded[id] === true;
}
