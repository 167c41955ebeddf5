// The table pipeline as pure stages: columns -> lookups -> filter -> sort -> group -> drawn rows, plus totals.
import type { ColumnFiltersState, ExpandedState, SortingState } from '@tanstack/table-core';
import type { Column, Dataset } from '../data/types';
import { tableColumns, withRegion, type TableColumn } from './columns';
import { withoutOrphanQualifiers } from './figureQualifiers';
import { buildLookups, type LookupOptions, type Lookups } from './lookups';
import { filterRows, type SearchOptions } from './engine/filterRows';
import { sortRows, type KeyCache } from './engine/sortRows';
import { groupRows, type GroupNode } from './engine/groupRows';
import { groupedList, leafList, type DisplayList } from './engine/displayRows';
import { sumRows, type ColumnSums } from './engine/sumRows';

export interface ModelSource extends LookupOptions, SearchOptions {
  readonly dataset: Dataset;
  /** Region of a country or aggregate code; adds a "region" column when given. */
  readonly regionOf?: (code: string) => string | undefined;
}

export interface ModelState {
  readonly sorting: SortingState;
  readonly columnFilters: ColumnFiltersState;
  readonly globalFilter: string;
  readonly grouping: readonly string[];
  readonly expanded: ExpandedState;
}

export interface TableModel {
  readonly lookups: Lookups;
  readonly specs: readonly TableColumn[];
  /** Filtered rows in sort order (what an export writes). */
  readonly order: Int32Array;
  readonly groups: readonly GroupNode[] | null;
  readonly rows: DisplayList;
  readonly totals: ColumnSums;
  readonly rowCount: number;
}

export function prepareColumns(dataset: Dataset, regionOf?: (code: string) => string | undefined): { columns: Readonly<Record<string, Column>>; specs: TableColumn[] } {
  const columns = withoutOrphanQualifiers(withRegion(dataset, regionOf));
  return { columns, specs: tableColumns(dataset, columns) };
}

/** Ids of the columns the table shows for a dataset (what the URL decoders accept). */
export function tableColumnIds(dataset: Dataset, regionOf?: (code: string) => string | undefined): string[] {
  return prepareColumns(dataset, regionOf).specs.map((s) => s.id);
}

/** Grouping ids the table can honour (unknown or non-groupable ids are dropped). */
export function usableGrouping(specs: readonly TableColumn[], grouping: readonly string[]): string[] {
  return grouping.filter((id, at) => grouping.indexOf(id) === at && specs.some((s) => s.id === id && s.groupable));
}

export function filterStage(lookups: Lookups, rowCount: number, state: Pick<ModelState, 'columnFilters' | 'globalFilter'>, search: SearchOptions): Int32Array {
  return filterRows(lookups, rowCount, state.columnFilters, state.globalFilter, search);
}

// Sort keys depend only on the lookups: built on the first sort by a column, reused for later sorts.
const keyCaches = new WeakMap<Lookups, KeyCache>();

export function sortStage(lookups: Lookups, filtered: Int32Array, sorting: SortingState): Int32Array {
  // No sort: the filtered rows as they are (a copy of a million indices was a tenth of showing the table).
  if (sorting.length === 0) return filtered;
  let cache = keyCaches.get(lookups);
  if (!cache) keyCaches.set(lookups, (cache = new Map()));
  return sortRows(lookups, filtered, sorting, cache);
}

export function groupStage(lookups: Lookups, order: Int32Array, grouping: readonly string[], sorting: SortingState): GroupNode[] | null {
  const usable = usableGrouping(lookups.specs, grouping);
  return usable.length ? groupRows(lookups, order, usable, sorting) : null;
}

export function displayStage(groups: readonly GroupNode[] | null, order: Int32Array, expanded: ExpandedState): DisplayList {
  return groups ? groupedList(groups, expanded) : leafList(order);
}

export function totalsStage(lookups: Lookups, filtered: Int32Array): ColumnSums {
  return sumRows(lookups, filtered, false);
}

/** All stages at once (tests, benchmarks, export). The React binding memoises each stage separately. */
export function buildTableModel(source: ModelSource, state: ModelState): TableModel {
  const { columns, specs } = prepareColumns(source.dataset, source.regionOf);
  const lookups = buildLookups(columns, specs, source);
  const filtered = filterStage(lookups, source.dataset.rowCount, state, source);
  const order = sortStage(lookups, filtered, state.sorting);
  const groups = groupStage(lookups, order, state.grouping, state.sorting);
  return {
    lookups, specs, order, groups,
    rows: displayStage(groups, order, state.expanded),
    totals: totalsStage(lookups, filtered),
    rowCount: source.dataset.rowCount,
  };
}
