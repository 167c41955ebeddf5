// table-core column definitions over drawn rows: a leaf reads its cell from the columns, a group row shows its value or sums.
import type { ColumnDef } from '@tanstack/table-core';
import type { TableColumn } from './columns';
import type { Lookups } from './lookups';
import type { DisplayRow } from './engine/displayRows';
import { cellValue } from './cellValue';
import type { Features } from './tableFeatures';

export const SELECT_COLUMN = '__select';

/** Value of a cell for a drawn row: leaf cell value, or for a group its grouped value (own column) or sum. */
export function displayValue(lookups: Lookups, spec: TableColumn, row: DisplayRow): number | string | null {
  if (row.kind === 'leaf') return cellValue(lookups, spec.id, row.index);
  const group = row.group;
  if (group.columnId === spec.id) return group.value;
  if (spec.summable) { const sum = group.sums[spec.id]; return sum === undefined || Number.isNaN(sum) ? null : sum; }
  return null;
}

export function columnDefs(lookups: Lookups, specs: readonly TableColumn[], headerOf: (id: string) => string): ColumnDef<Features, DisplayRow>[] {
  const select: ColumnDef<Features, DisplayRow> = { id: SELECT_COLUMN, header: '', enableSorting: false, enableHiding: false, enableGrouping: false, enableColumnFilter: false };
  return [select, ...specs.map((spec): ColumnDef<Features, DisplayRow> => ({
    id: spec.id,
    header: headerOf(spec.id),
    accessorFn: (row: DisplayRow) => displayValue(lookups, spec, row),
    enableGrouping: spec.groupable,
    enableSorting: true,
    sortDescFirst: spec.align === 'end',
    meta: undefined,
  }))];
}
