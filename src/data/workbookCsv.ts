// An Excel workbook (.xlsx) as CSV: one sheet, chosen or proposed, read by read-excel-file. This module is
// imported only when a workbook arrives (tableText.ts). Cells as values, not as displayed: numbers, dates as
// YYYY-MM-DD, formulas as the results Excel saved, empty cells empty. Row n of the sheet is line n of the CSV.
import readXlsxFile from 'read-excel-file/universal';
import { loadError } from './issues';
import { rowsToCsv } from './rowsToCsv';
import { proposeSheet, type SheetCell, type SheetRows } from './proposeSheet';
import type { TableText } from './tableText';
import type { LoadIssue } from './types';

function unreadableWorkbook(): LoadIssue {
  return loadError('unreadable_workbook', null, null, null,
    'This Excel workbook could not be read: it may be damaged or only partly saved. Open it in Excel, save it again as .xlsx and load that.');
}

export function encryptedWorkbook(): LoadIssue {
  return loadError('encrypted_workbook', null, null, null,
    'This workbook is protected with a password, so it cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook), save it and load it again.');
}

function unknownSheet(name: string, names: readonly string[]): LoadIssue {
  const sheets = names.join(', ');
  return loadError('unknown_sheet', null, null, null, `The workbook has no sheet named '${name}'. Its sheets are: ${sheets}.`, { sheet: name, sheets });
}

/** The workbook's sheets as rows of cells; null when it is not a workbook the reader understands. */
async function readSheets(bytes: Uint8Array): Promise<SheetRows[] | null> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const sheets = await readXlsxFile(file);
    // The library's type names the Date constructor where it means a Date.
    return sheets.map(({ sheet, data }) => ({ name: sheet, rows: data as unknown as SheetCell[][] }));
  } catch {
    // A damaged zip, a missing part, a cell it cannot parse: the reader's message is for developers, not for the person.
    return null;
  }
}

/** One sheet of the workbook as CSV bytes: `sheet` by name, or the first that holds a table. */
export async function workbookToCsv(bytes: Uint8Array, sheet?: string): Promise<TableText> {
  const sheets = await readSheets(bytes);
  if (sheets === null) return { issue: unreadableWorkbook() };
  const names = sheets.map((s) => s.name);
  const name = sheet ?? proposeSheet(sheets);
  if (name === null) return { bytes: new Uint8Array() }; // a workbook without sheets: read as an empty file
  const chosen = sheets.find((s) => s.name === name);
  if (!chosen) return { issue: unknownSheet(name, names), sheet: { name: null, names } };
  const [header, ...rows] = chosen.rows;
  return { bytes: header ? rowsToCsv(header, rows) : new Uint8Array(), sheet: { name, names } };
}
