// The Explore table: sortable, filterable, groupable, virtualised view of one dataset. The caller owns the state.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Dataset, Lang } from '../data/types';
import { csvBlob } from '../data/writeCsv';
import { useI18n } from '../i18n/I18nContext';
import { BodyRow } from './BodyRow';
import { columnDefs, SELECT_COLUMN } from './columnDefs';
import { downloadBlob } from './download';
import { FilterControl } from './FilterControl';
import { groupLabel } from './groupLabel';
import { groupsCsv } from './groupsCsv';
import { HeaderCell } from './HeaderCell';
import { headerLabel, valueLabel } from './labels';
import { selectedCountries, toggleAll } from './selection';
import { tableCsv } from './tableCsv';
import { TableToolbar } from './TableToolbar';
import type { DataTableState, FilterValue } from './tableState';
import { TotalsRow } from './TotalsRow';
import { useTableCore } from './useTableCore';
import { useTableModel } from './useTableModel';
import { useVirtualRows } from './useVirtualRows';
import './DataTable.css';

export interface DataTableProps {
  readonly dataset: Dataset;
  /** Display name of a country or aggregate code in the current language. */
  readonly nameOf: (code: string) => string;
  /** Every name and alias of a code in every language, joined (for the search). */
  readonly searchTextOf: (code: string) => string;
  /** Region of a code; when given, a Region column appears (filter, group). */
  readonly regionOf?: (code: string) => string | undefined;
  readonly state: DataTableState;
  /** An updater of the whole state, like React's setState (a useState setter can be passed as is). */
  readonly onStateChange: (update: (previous: DataTableState) => DataTableState) => void;
  /** Distinct country codes of the selected rows, each time the selection changes. */
  readonly onSelectionChange?: (codes: string[]) => void;
  readonly lang: Lang;
  /** Greatest height of the scrolling area in CSS pixels; with few rows it is as tall as its rows. */
  readonly height?: number;
}

const ROW_HEIGHT = 32;
const HEADER_ROWS = 2;
/** The scrolling area's greatest height without a `height` prop: DataTable.css's `.dt-scroll` max-block-size (a class,
 * so the prerendered table keeps it under a strict CSP). */
const DEFAULT_SCROLL_HEIGHT = 560;
/** Above this many filtered rows "select all" is off: a URL cannot carry that many selections usefully. */
export const SELECT_ALL_LIMIT = 10_000;

export function DataTable({ dataset, nameOf, searchTextOf, regionOf, state, onStateChange, onSelectionChange, lang, height }: DataTableProps) {
  const { t } = useI18n();
  const labelOf = useCallback((columnId: string, value: string) => valueLabel(t, columnId, value), [t]);
  const headerOf = useCallback((id: string) => headerLabel(t, id), [t]);
  const model = useTableModel({ dataset, nameOf, searchTextOf, regionOf, lang, labelOf }, state);
  const { lookups, specs } = model;
  const columns = useMemo(() => columnDefs(lookups, specs, headerOf), [lookups, specs, headerOf]);
  const { setScrollElement, items, totalSize } = useVirtualRows(model.rows.length, ROW_HEIGHT, height ?? DEFAULT_SCROLL_HEIGHT);
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const windowRows = useMemo(() => {
    const out = [];
    for (let i = first; i <= last && i < model.rows.length; i++) out.push(model.rows.at(i));
    return out;
  }, [model.rows, first, last]);

  const table = useTableCore({ columns, rows: windowRows, state, onStateChange });
  // Report the selection when it changes, not on mount: the app's ?country= must not be cleared by opening the table.
  const reported = useRef(state.rowSelection);
  useEffect(() => {
    if (reported.current === state.rowSelection) return;
    reported.current = state.rowSelection;
    onSelectionChange?.(selectedCountries(lookups, state.rowSelection));
  }, [state.rowSelection, lookups, onSelectionChange]);

  const labelGroup = (columnId: string, value: string) => groupLabel(lookups, t, columnId, value);
  // table-core owns column order and visibility (grouped columns move first): body, filters and totals follow it.
  const visibleSpecs = table.getVisibleLeafColumns().flatMap((c) => specs.filter((s) => s.id === c.id));
  const headers = table.getHeaderGroups()[0]?.headers.filter((h) => h.column.id !== SELECT_COLUMN) ?? [];
  const canSelectAll = model.order.length > 0 && model.order.length <= SELECT_ALL_LIMIT;
  const allSelected = canSelectAll && model.order.every((i) => state.rowSelection[String(i)] === true);
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = Math.max(0, totalSize - (items.at(-1)?.end ?? 0));
  const colSpan = visibleSpecs.length + 1;

  const download = (what: 'rows' | 'groups') => {
    const ids = visibleSpecs.map((s) => s.id);
    const groups = what === 'groups' ? groupsCsv(model, ids, headerOf, t) : null;
    const base = dataset.name.replace(/\.[^.]+$/, '');
    if (groups) downloadBlob(csvBlob(groups), `${base}-groups.csv`);
    else downloadBlob(csvBlob(tableCsv(model, ids, headerOf)), `${base}-table.csv`);
  };
  const setFilter = (id: string, value: FilterValue | undefined) =>
    table.setColumnFilters((old) => [...old.filter((f) => f.id !== id), ...(value === undefined ? [] : [{ id, value }])]);

  return (
    <div className="dt">
      <TableToolbar table={table} specs={specs} headerOf={headerOf} shown={model.order.length} total={model.rowCount}
        grouped={model.groups !== null} onDownload={download} />
      <div ref={setScrollElement} className="dt-scroll" style={height === undefined ? undefined : { maxBlockSize: height }} role="region" aria-label={t('table.caption', { name: dataset.name })} tabIndex={0}>
        <table className="dt-table" aria-rowcount={model.rows.length + HEADER_ROWS + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col" className="dt-select">
                <input type="checkbox" aria-label={t('table.select.all')} disabled={!canSelectAll} checked={allSelected}
                  onChange={() => table.setRowSelection((old) => toggleAll(old, model.order))} />
              </th>
              {headers.map((h) => {
                const spec = specs.find((s) => s.id === h.column.id);
                return spec ? <HeaderCell key={h.id} header={h} label={headerOf(spec.id)} align={spec.align} /> : null;
              })}
            </tr>
            <tr aria-rowindex={2} className="dt-filters">
              <td />
              {visibleSpecs.map((spec) => (
                <td key={spec.id}>
                  <FilterControl spec={spec} label={headerOf(spec.id)} lookups={lookups}
                    value={state.columnFilters.find((f) => f.id === spec.id)?.value as FilterValue | undefined}
                    onChange={(value) => setFilter(spec.id, value)} />
                </td>
              ))}
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 ? <tr aria-hidden="true"><td className="dt-spacer" colSpan={colSpan} height={paddingTop} /></tr> : null}
            {table.getRowModel().rows.map((row, k) => (
              <BodyRow key={`${first + k}:${row.id}`} row={row} specs={visibleSpecs} lookups={lookups}
                ariaRowIndex={first + k + HEADER_ROWS + 1} groupLabel={labelGroup} />
            ))}
            {paddingBottom > 0 ? <tr aria-hidden="true"><td className="dt-spacer" colSpan={colSpan} height={paddingBottom} /></tr> : null}
          </tbody>
          <tfoot>
            <TotalsRow specs={visibleSpecs} totals={model.totals} ariaRowIndex={model.rows.length + HEADER_ROWS + 1} />
          </tfoot>
        </table>
      </div>
    </div>
  );
}
