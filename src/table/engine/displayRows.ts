// The rows the table would draw, top to bottom, without materialising one object per data row.
import type { ExpandedState } from '@tanstack/table-core';
import { isGroupExpanded, type GroupNode } from './groupRows';

export type DisplayRow =
  | { readonly kind: 'leaf'; readonly id: string; readonly index: number; readonly depth: number }
  | { readonly kind: 'group'; readonly id: string; readonly group: GroupNode; readonly depth: number };

/** Random access into the drawn rows; `at(i)` builds the row object on demand. */
export interface DisplayList {
  readonly length: number;
  at(position: number): DisplayRow;
}

export function leafList(order: Int32Array): DisplayList {
  return {
    length: order.length,
    at: (position) => { const index = order[position]!; return { kind: 'leaf', id: String(index), index, depth: 0 }; },
  };
}

type Segment = { start: number; group: GroupNode } | { start: number; rows: Int32Array; depth: number };

/** Group rows, with the leaves of expanded innermost groups as contiguous runs (found by binary search). */
export function groupedList(groups: readonly GroupNode[], expanded: ExpandedState): DisplayList {
  const segments: Segment[] = [];
  let length = 0;
  const walk = (nodes: readonly GroupNode[]) => {
    for (const group of nodes) {
      segments.push({ start: length, group });
      length += 1;
      if (!isGroupExpanded(expanded, group.id)) continue;
      if (group.children.length > 0) walk(group.children);
      else if (group.rows.length > 0) {
        segments.push({ start: length, rows: group.rows, depth: group.depth + 1 });
        length += group.rows.length;
      }
    }
  };
  walk(groups);
  return {
    length,
    at(position) {
      let lo = 0, hi = segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segments[mid]!.start <= position) lo = mid; else hi = mid - 1;
      }
      const segment = segments[lo]!;
      if ('group' in segment) return { kind: 'group', id: segment.group.id, group: segment.group, depth: segment.group.depth };
      const index = segment.rows[position - segment.start]!;
      return { kind: 'leaf', id: String(index), index, depth: segment.depth };
    },
  };
}

