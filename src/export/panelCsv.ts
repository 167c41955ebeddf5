// A panel's own rows (what "Show as table" shows) as a CSV file, through the table's formula-safe writer.
import type { ChartTable } from '../charts/summaryText';
import { csvBlob, writeCsv, type CsvTable } from '../data/writeCsv';

export function chartTableCsv(table: ChartTable): CsvTable {
  return { header: table.columns, rows: table.rows.map((r) => [r.header, ...r.cells]) };
}

export function panelCsvText(table: ChartTable): string {
  return writeCsv(chartTableCsv(table));
}

export function panelCsvBlob(table: ChartTable): Blob {
  return csvBlob(chartTableCsv(table));
}

/** A file name from a figure's title, in any script: "ranked-countries-delegates.png". */
export function exportFileName(title: string, extension: string): string {
  const stem = title.normalize('NFKC').toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80);
  return `${stem || 'figure'}.${extension}`;
}
