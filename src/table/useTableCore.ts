// Our React binding of @tanstack/table-core: one table instance per component, options refreshed on every
// render, every state slice owned by the caller (value in; a state updater out through onStateChange).
import { useState } from 'react';
import { constructTable, functionalUpdate, type ColumnDef, type Table, type TableOptions, type Updater } from '@tanstack/table-core';
import { createFeatures, type Features } from './tableFeatures';
import type { DisplayRow } from './engine/displayRows';
import type { DataTableState } from './tableState';

export interface TableCoreOptions {
  readonly columns: ColumnDef<Features, DisplayRow>[];
  /** The drawn window only: table-core builds Row objects for these, never for the whole dataset. */
  readonly rows: DisplayRow[];
  readonly state: DataTableState;
  /** Receives an updater of the whole state, like React's setState: several updates in one event compose. */
  readonly onStateChange: (update: (previous: DataTableState) => DataTableState) => void;
}

export function useTableCore({ columns, rows, state, onStateChange }: TableCoreOptions): Table<Features, DisplayRow> {
  const [features] = useState(createFeatures);
  const update = <K extends keyof DataTableState>(key: K) => (updater: Updater<DataTableState[K]>) =>
    onStateChange((previous) => ({ ...previous, [key]: functionalUpdate(updater, previous[key]) }));
  const options: TableOptions<Features, DisplayRow> = {
    features,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: {
      sorting: state.sorting,
      columnFilters: state.columnFilters,
      globalFilter: state.globalFilter,
      grouping: [...state.grouping],
      expanded: state.expanded,
      columnVisibility: { ...state.columnVisibility },
      rowSelection: state.rowSelection,
    },
    onSortingChange: update('sorting'),
    onColumnFiltersChange: update('columnFilters'),
    onGlobalFilterChange: update('globalFilter'),
    onGroupingChange: update('grouping') as TableOptions<Features, DisplayRow>['onGroupingChange'],
    onExpandedChange: update('expanded'),
    onColumnVisibilityChange: update('columnVisibility') as TableOptions<Features, DisplayRow>['onColumnVisibilityChange'],
    onRowSelectionChange: update('rowSelection'),
    manualSorting: true,
    manualFiltering: true,
    manualGrouping: true,
    manualExpanding: true,
    enableMultiSort: true,
    getRowCanExpand: (row) => row.original.kind === 'group',
    enableRowSelection: (row) => row.original.kind === 'leaf',
    enableRowRangeSelection: false,
    enableSubRowSelection: false,
  };
  const [table] = useState(() => constructTable(options));
  table.setOptions((previous) => ({ ...previous, ...options }));
  return table;
}
