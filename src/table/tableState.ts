// The table's view state. The caller owns every slice; the table only proposes the next value.
import type { ColumnFiltersState, ExpandedState, RowSelectionState, SortingState } from '@tanstack/table-core';

/** Inclusive numeric range; null = open end. */
export interface RangeFilter {
  readonly min: number | null;
  readonly max: number | null;
}

/** text contains (string) | numeric range | list of accepted values (codes; SDG goals as "1".."17", "none" for untagged). */
export type FilterValue = string | RangeFilter | readonly string[];

export interface DataTableState {
  readonly sorting: SortingState;
  readonly columnFilters: ColumnFiltersState;
  readonly globalFilter: string;
  readonly grouping: readonly string[];
  readonly expanded: ExpandedState;
  readonly columnVisibility: Readonly<Record<string, boolean>>;
  readonly rowSelection: RowSelectionState;
}

/** Columns hidden until the user asks for them: long provenance details. */
export const HIDDEN_BY_DEFAULT: readonly string[] = ['source_url', 'source_date', 'note'];

export const EMPTY_TABLE_STATE: DataTableState = {
  sorting: [],
  columnFilters: [],
  globalFilter: '',
  grouping: [],
  expanded: {},
  columnVisibility: Object.fromEntries(HIDDEN_BY_DEFAULT.map((id) => [id, false])),
  rowSelection: {},
};

export function isRangeFilter(value: unknown): value is RangeFilter {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'min' in value && 'max' in value;
}

export function isListFilter(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}
