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

interface Bucket { value: string; key: number; rows: Int32Array }

/**
 * Rows split by a small integer slot per row (`slotAt[r]` for `rows[r]`, 0..slots-1), in order of first
 * appearance, each slot's rows in incoming order: counting passes over typed arrays, no per-row strings or pushes.
 */
function bySlot(rows: Int32Array, slotAt: Int32Array, slots: number): { slot: number; rows: Int32Array }[] {
  const counts = new Int32Array(slots);
  const firstSeen: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const s = slotAt[r]!;
    if (counts[s]!++ === 0) firstSeen.push(s);
  }
  const into = new Array<Int32Array>(slots);
  const out = firstSeen.map((slot) => ({ slot, rows: (into[slot] = new Int32Array(counts[slot]!)) }));
  counts.fill(0);
  for (let r = 0; r < rows.length; r++) {
    const s = slotAt[r]!;
    into[s]![counts[s]!++] = rows[r]!;
  }
  return out;
}

function bucketsOf(lookups: Lookups, columnId: string, rows: Int32Array): Bucket[] {
  const column = lookups.columns[columnId];
  if (!column) return [];
  if (column.type === 'goals') {
    const buckets = new Map<string, { value: string; key: number; rows: number[] }>();
    const add = (value: string, key: number, i: number) => {
      let bucket = buckets.get(value);
      if (!bucket) buckets.set(value, (bucket = { value, key, rows: [] }));
      bucket.rows.push(i);
    };
    for (const i of rows) {
      const m = column.masks[i]!;
      if (m === 0) add('', NaN, i);
      for (let g = 1; g <= 32; g++) if (m & (1 << (g - 1))) add(String(g), g, i);
    }
    return [...buckets.values()].map((b) => ({ ...b, rows: Int32Array.from(b.rows) }));
  }
  const slotAt = new Int32Array(rows.length);
  if (column.type === 'number') {
    // A slot per distinct value (a year, a count); NaN (missing) is one value like the others.
    const values = column.values;
    const index = new Map<number, number>();
    const distinct: number[] = [];
    let last = NaN, lastSlot = -1;
    for (let r = 0; r < rows.length; r++) {
      const v = values[rows[r]!]!;
      if (v !== last) { // runs of one value skip the map
        let slot = index.get(v);
        if (slot === undefined) index.set(v, (slot = distinct.push(v) - 1));
        last = v;
        lastSlot = slot;
      }
      slotAt[r] = lastSlot;
    }
    return bySlot(rows, slotAt, distinct.length).map(({ slot, rows: picked }) => {
      const v = distinct[slot]!;
      return { value: v === v ? String(v) : '', key: v, rows: picked };
    });
  }
  // Codes: slot 0 is a missing value (-1), code c is slot c + 1.
  const rank = lookups.codes[columnId]?.rank;
  const codes = column.codes;
  for (let r = 0; r < rows.length; r++) slotAt[r] = codes[rows[r]!]! + 1;
  return bySlot(rows, slotAt, column.dictionary.length + 1).map(({ slot, rows: picked }) => {
    const c = slot - 1;
    return { value: c < 0 ? '' : column.dictionary[c]!, key: c < 0 ? NaN : rank ? rank[c]! : c, rows: picked };
  });
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
    const rows = bucket.rows;
    const id = `${parentId}${parentId ? '>' : ''}${columnId}:${bucket.value}`;
    const node = {
      id, depth, columnId, value: bucket.value, key: bucket.key, rows,
      children: groupRows(lookups, rows, grouping, sorting, id, depth + 1),
    };
    return withLazySums(node, () => sumRows(lookups, rows, true));
  });
  return orderGroups(nodes, columnId, sorting);
}

const SUM_KEYS = ['sums', 'qualifiers', 'aggregatesExcluded', 'counted', 'missing', 'illustrative', 'mixes'] as const satisfies readonly (keyof ColumnSums)[];

/**
 * A group's sums, added the first time one is read: a table grouped by country draws a screenful of groups, and
 * summing all of them (every row, every key column) was most of a million-row group-by.
 */
function withLazySums(node: Omit<GroupNode, keyof ColumnSums>, sum: () => ColumnSums): GroupNode {
  let sums: ColumnSums | null = null;
  const read = (): ColumnSums => (sums ??= sum());
  const properties: PropertyDescriptorMap = {};
  for (const key of SUM_KEYS) properties[key] = { get: () => read()[key], enumerable: true };
  return Object.defineProperties({ ...node }, properties) as GroupNode;
}

export function isGroupExpanded(expanded: ExpandedState, id: string): boolean {
  return expanded === true || expanded[id] === true;
}
