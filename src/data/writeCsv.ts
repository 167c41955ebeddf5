// CSV out: UTF-8 with BOM, every field quoted, CRLF, text that a spreadsheet would run as a formula neutralised.

/** A number is written as a number (even when negative); a string is text; null is an empty field. */
export type CsvCell = string | number | null;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: Iterable<readonly CsvCell[]>;
}

const BOM = '\uFEFF';
// Leading characters that make Excel, LibreOffice or Sheets evaluate a cell (CSV/formula injection).
const FORMULA_START = /^[=+\-@\t\r\0]/;

/** Text cell: a leading ' stops a spreadsheet from reading it as a formula. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: CsvCell): string {
  let text: string;
  if (cell === null) text = '';
  else if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
  else text = neutralise(cell);
  return `"${text.replaceAll('"', '""')}"`;
}

/** The whole file as a string, starting with a BOM; each record ends with CRLF. */
export function writeCsv(table: CsvTable): string {
  const lines = [table.header.map(field).join(',')];
  for (const row of table.rows) lines.push(row.map(field).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function csvBlob(table: CsvTable): Blob {
  return new Blob([writeCsv(table)], { type: 'text/csv;charset=utf-8' });
}
