// Which sheet of a workbook to read when the person has not said: the first that holds a table.
// Workbooks as published open with a cover, a contents list or notes; the figures come after.

/** A cell as the workbook reader returns it. */
export type SheetCell = string | number | boolean | Date | null;

export interface SheetRows {
  readonly name: string;
  readonly rows: readonly (readonly SheetCell[])[];
}

/** The header is looked for among this many filled rows, as the CSV loader looks among its first records. */
const HEADER_ROWS = 30;

const filled = (cell: SheetCell): boolean => cell !== null && !(typeof cell === 'string' && cell.trim() === '');
const isText = (cell: SheetCell): boolean => typeof cell === 'string' && cell.trim() !== '';

/**
 * How much a sheet looks like a table: 2 when a header-like row (two filled cells, one of them text) is
 * followed by a row of two filled cells with a number or a date among them; 1 when that row holds only
 * text (a contents list looks so); 0 when no row is followed by a second of two cells (a cover, notes).
 */
export function tableScore(rows: readonly (readonly SheetCell[])[]): 0 | 1 | 2 {
  const lines = rows.filter((row) => row.some(filled)).slice(0, HEADER_ROWS + 1);
  let best: 0 | 1 | 2 = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const header = lines[i]!.filter(filled);
    const data = lines[i + 1]!.filter(filled);
    if (header.length < 2 || !header.some(isText) || data.length < 2) continue;
    if (data.some((cell) => typeof cell === 'number' || cell instanceof Date)) return 2;
    best = 1;
  }
  return best;
}

/** The name of the sheet to read: the first holding figures, else the first holding a table of text, else the first with anything. */
export function proposeSheet(sheets: readonly SheetRows[]): string | null {
  const scores = sheets.map((sheet) => tableScore(sheet.rows));
  const pick = sheets[scores.indexOf(2)] ?? sheets[scores.indexOf(1)] ?? sheets.find((sheet) => sheet.rows.some((row) => row.some(filled))) ?? sheets[0];
  return pick?.name ?? null;
}
