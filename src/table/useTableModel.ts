// Memoises each pipeline stage separately, so a sort does not refilter and expanding a group does not resort.
import { useDeferredValue, useMemo } from 'react';
import type { Dataset } from '../data/types';
import { digestOf } from './digestRegistry';
import type { ColumnSums } from './engine/sumRows';
import { buildLookups } from './lookups';
import { displayStage, filterStage, groupStage, prepareColumns, sortStage, totalsStage, type ModelSource, type ModelState, type TableModel } from './tableModel';

const NO_SUMS: ColumnSums = { sums: {}, qualifiers: {}, aggregatesExcluded: 0, counted: 0, missing: {}, illustrative: {}, mixes: [] };

/**
 * The previous value while the new one holds the same (small, plain) state: the URL decodes sorting, filters and
 * grouping afresh on every change, and a new array must not re-sort or re-group a million rows.
 */
function useSame<T>(value: T): T {
  const text = JSON.stringify(value);
  return useMemo(() => JSON.parse(text) as T, [text]);
}

/** The worker's totals of every row, when the filters kept every row (in order: filterRows is ascending). */
function knownTotals({ dataset, filtered }: { dataset: Dataset; filtered: Int32Array }): ColumnSums | null {
  return filtered.length === dataset.rowCount ? digestOf(dataset)?.totals ?? null : null;
}

export function useTableModel(source: ModelSource, given: ModelState): TableModel {
  const { dataset, regionOf, lang, nameOf, labelOf, isAggregate, searchTextOf } = source;
  const state: ModelState = {
    sorting: useSame(given.sorting), columnFilters: useSame(given.columnFilters), globalFilter: given.globalFilter,
    grouping: useSame(given.grouping), expanded: useSame(given.expanded),
  };
  // Typing in a search box stays responsive on large tables: filtering runs on the deferred value.
  const columnFilters = useDeferredValue(state.columnFilters);
  const globalFilter = useDeferredValue(state.globalFilter);
  const { columns, specs } = useMemo(() => prepareColumns(dataset, regionOf), [dataset, regionOf]);
  const lookups = useMemo(
    () => buildLookups(columns, specs, { lang, nameOf, labelOf, isAggregate }),
    [columns, specs, lang, nameOf, labelOf, isAggregate],
  );
  const filtered = useMemo(
    () => filterStage(lookups, dataset.rowCount, { columnFilters, globalFilter }, { searchTextOf }),
    [lookups, dataset.rowCount, searchTextOf, columnFilters, globalFilter],
  );
  const order = useMemo(() => sortStage(lookups, filtered, state.sorting), [lookups, filtered, state.sorting]);
  const groups = useMemo(() => groupStage(lookups, order, state.grouping, state.sorting), [lookups, order, state.grouping, state.sorting]);
  const rows = useMemo(() => displayStage(groups, order, state.expanded), [groups, order, state.expanded]);
  // The footer's sums read every shown row: a new dataset's rows show first, their sums in a render of their own
  // (on the first render too: the table mounts with no sums, then adds them). Sums of every row of a dataset the
  // worker merged come with it (digestRegistry.ts), at once.
  const totalsInput = useMemo(() => ({ dataset, lookups, filtered }), [dataset, lookups, filtered]);
  const deferredTotals = useDeferredValue<typeof totalsInput | null>(totalsInput, null);
  const computed = useMemo(() => (deferredTotals ? knownTotals(deferredTotals) ?? totalsStage(deferredTotals.lookups, deferredTotals.filtered) : NO_SUMS), [deferredTotals]);
  const totals = knownTotals(totalsInput) ?? computed;
  return { lookups, specs, order, groups, rows, totals, rowCount: dataset.rowCount };
}
