// A file in any table format as a load result: converted to CSV text when it is not text (tableText.ts),
// then read by the CSV loader. A workbook's report names the sheet read and lists the others.
import { tableBytes } from './tableText';
import type { LoadIssue, LoadOptions, LoadReport, LoadResult, SheetSummary } from './types';

/** The report of a file that could not be turned into text: nothing read, one reason. */
function unreadReport(fileName: string, bytes: number, issue: LoadIssue, sheet: SheetSummary | undefined): LoadReport {
  return {
    fileName, kind: null, encoding: 'utf-8', delimiter: null, bytes, recordsRead: 0, loaded: 0, rejected: 0, blank: 0, merged: 0,
    missingCells: {}, issues: [issue], failed: true, ...(sheet ? { sheet } : {}),
  };
}

export async function loadTable(bytes: Uint8Array, options: LoadOptions, loadCsv: (bytes: Uint8Array, options: LoadOptions) => LoadResult): Promise<LoadResult> {
  const table = await tableBytes(bytes, options.sheet);
  if ('issue' in table) return { dataset: null, report: unreadReport(options.fileName, bytes.length, table.issue, table.sheet) };
  const result = loadCsv(table.bytes, options);
  if (!table.sheet && !table.format) return result;
  return { ...result, report: { ...result.report, ...(table.sheet ? { sheet: table.sheet } : {}), ...(table.format ? { format: table.format } : {}) } };
}
