// Memoises each pipeline stage separately, so a sort does not refilter and expanding a group does not resort.
import { useDeferredValue, useMemo } from 'react';
import { buildLookups } from './lookups';
import { displayStage, filterStage, groupStage, prepareColumns, sortStage, totalsStage, type ModelSource, type ModelState, type TableModel } from './tableModel';

export function useTableModel(source: ModelSource, state: ModelState): TableModel {
  const { dataset, regionOf, lang, nameOf, labelOf, isAggregate, searchTextOf } = source;
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
  // The footer's sums read every shown row: a new dataset's rows show first, their sums in a render of their own.
  const totalsInput = useMemo(() => ({ lookups, filtered }), [lookups, filtered]);
  const deferredTotals = useDeferredValue(totalsInput);
  const totals = useMemo(() => totalsStage(deferredTotals.lookups, deferredTotals.filtered), [deferredTotals]);
  return { lookups, specs, order, groups, rows, totals, rowCount: dataset.rowCount };
}
