// The table as a CSV table: the filtered rows in sort order, the visible columns in the order given, cells as shown.
import type { CsvCell, CsvTable } from '../data/writeCsv';
import { cellValue } from './cellValue';
import type { TableModel } from './tableModel';

export function tableCsv(model: TableModel, visibleIds: readonly string[], headerOf: (id: string) => string): CsvTable {
  const ids = visibleIds.filter((id) => model.specs.some((s) => s.id === id));
  function* rows(): Generator<CsvCell[]> {
    for (const i of model.order) yield ids.map((id) => cellValue(model.lookups, id, i));
  }
  return { header: ids.map(headerOf), rows: rows() };
}
