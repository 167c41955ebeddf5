// CSV bytes -> validated columnar Dataset plus a report that accounts for every record.
// Synchronous and DOM-free: the worker (loader.worker.ts) wraps it; tests call it directly.
import { binaryDescription, binaryKind, isSpreadsheet } from './binaryKind';
import { chooseReading } from './chooseReading';
import { ColumnarTable } from './columnarTable';
import { loadMapped } from './loadMapped';
import { decodeBytes, type Encoding } from './decode';
import { detectDelimiter, type Delimiter } from './delimiter';
import { matchHeaders } from './headers';
import { loadError } from './issues';
import { LoadCancelledError, type LoaderContext, type LoaderHooks } from './loaderContext';
import { readRecords, releaseLastRegExpInput, type BadRecord } from './loadCsvRecords';
import { DEFAULT_MAX_BYTES, type DatasetKind, type LoadIssue, type LoadOptions, type LoadProgress, type LoadReport, type LoadResult, type ReadingSummary } from './types';

export { LoadCancelledError } from './loaderContext';
export type { CountryResolution, LoaderContext, LoaderHooks } from './loaderContext';

export { DEFAULT_MAX_BYTES };
/** Issues kept in the report; beyond this a junk file would fill memory with messages. */
export const MAX_LISTED_ISSUES = 5_000;

class IssueLog {
  readonly issues: LoadIssue[] = [];
  private unlisted = 0;
  readonly push = (issue: LoadIssue): void => {
    if (this.issues.length < MAX_LISTED_ISSUES) this.issues.push(issue);
    else this.unlisted++;
  };
  /** Issues in line order (duplicates are found after all rows); file-level ones last. */
  list(): LoadIssue[] {
    this.issues.sort((a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
    if (this.unlisted === 0) return this.issues;
    const message = `${this.unlisted} more problems were found but are not listed. Fix the ones above and load the file again.`;
    return [...this.issues, loadError('more_issues', null, null, null, message, { count: this.unlisted })];
  }
}

function badRecordIssue(problem: BadRecord, line: number, fields: readonly string[], delimiter: Delimiter): LoadIssue {
  const joined = fields.join(delimiter);
  const value = joined.length > 200 ? `${joined.slice(0, 197)}...` : joined;
  switch (problem.reason) {
    case 'ragged':
      return loadError('ragged_row', line, null, value,
        `This row has ${problem.fields} cells but the header has ${problem.expected}. Check for a missing or extra delimiter, or quote cells that contain one.`,
        { fields: problem.fields, expected: problem.expected });
    case 'unclosed_quote':
      return loadError('unclosed_quote', line, null, value, 'A quoted cell starting in this row never closes, so the rest of the file was read as one cell. Add the missing closing quote (").');
    default:
      return loadError('invalid_quotes', line, null, value, 'A quoted cell in this row has text after its closing quote. Inside a quoted cell, write a quote twice ("").');
  }
}

export function loadCsv(bytes: Uint8Array, options: LoadOptions, context: LoaderContext, hooks: LoaderHooks = {}): LoadResult {
  const { fileName } = options;
  const origin = options.origin ?? 'upload';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const byteCount = bytes.length;
  const log = new IssueLog();
  const progress = (phase: LoadProgress['phase'], fraction: number, rows: number): void => {
    if (hooks.isCancelled?.()) throw new LoadCancelledError();
    hooks.onProgress?.({ phase, fraction, rows });
  };
  let encoding: Encoding = 'utf-8';
  let delimiter: Delimiter | null = null;
  let kind: DatasetKind | null = null;
  let recordsRead = 0, loaded = 0, rejected = 0, blank = 0, merged = 0, skipped = 0;
  let reading: ReadingSummary | null = null;
  const report = (failed: boolean, missingCells: Record<string, number> = {}): LoadReport => ({
    fileName, kind, encoding, delimiter, bytes: byteCount, recordsRead, loaded, rejected, blank, merged, missingCells, issues: log.list(), failed,
    ...(skipped > 0 ? { skipped } : {}),
    ...(reading ? { reading } : {}),
  });
  const fail = (issue?: LoadIssue): LoadResult => {
    if (issue) log.issues.push(issue); // why the file failed is listed even past the cap
    progress('done', 1, recordsRead);
    return { dataset: null, report: report(true) };
  };

  progress('decoding', 0, 0);
  if (bytes.length > maxBytes) {
    const size = (n: number): string => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${n} bytes`);
    return fail(loadError('file_too_large', null, null, null,
      `The file is ${size(bytes.length)}; files up to ${size(maxBytes)} can be loaded. Split it or remove columns you do not need.`,
      { bytes: bytes.length, maxBytes }));
  }
  const binary = binaryKind(bytes);
  if (binary !== null) {
    const what = binaryDescription(binary);
    const readable = binary === 'xlsx' || binary === 'parquet';
    // Spreadsheets the app cannot read save as the one it can.
    const advice = readable ? 'Open it with the Upload button, which reads it directly.'
      : isSpreadsheet(binary) ? 'Save it as an Excel workbook (.xlsx) or as CSV and load that.'
        : 'Export the table as CSV and load that.';
    return fail(loadError('binary_file', null, null, null, `This looks like ${what}, not a CSV file. ${advice}`, { what: binary, readable: readable ? 1 : 0 }));
  }
  const decoded = decodeBytes(bytes, options.encoding);
  encoding = decoded.encoding;
  if (!decoded.ok) return fail(decoded.issue);
  hooks.release?.(bytes); // the text holds it all now
  const text = decoded.text;
  delimiter = options.delimiter ?? detectDelimiter(text);
  progress('parsing', 0, 0);
  const chosen = chooseReading(text, options, delimiter);
  if (chosen !== null) {
    const sep = (delimiter = chosen.delimiter);
    kind = chosen.reading.kind;
    chosen.warnings.forEach(log.push);
    const out = loadMapped({
      text, delimiter: sep, reading: chosen.reading, fileName, context, report: log.push,
      badRecord: (problem, line, fields) => badRecordIssue(problem, line, fields, sep),
      progress: (cursor, rows) => {
        if (cursor < text.length) progress('parsing', cursor / text.length, rows);
      },
    });
    releaseLastRegExpInput();
    ({ recordsRead, loaded, rejected, blank, merged, skipped } = out);
    const figures = out.figures;
    reading = {
      headerLine: chosen.reading.headerLine, skippedLines: out.skipped, shape: out.shape,
      figures: figures?.rows ?? 0, missingFigures: out.missingFigures, mapping: chosen.reading,
    };
    if (figures === null) return fail();
    if (figures.rows === 0) {
      const message = recordsRead === blank
        ? 'The file has a header but no rows of data.'
        : 'No row could be loaded: every row has a problem listed in this report.';
      return fail(loadError('no_rows', null, null, null, message, { records: recordsRead - blank }));
    }
    progress('done', 1, recordsRead);
    return {
      dataset: { id: `${origin}:${kind}:${fileName}`, kind, name: fileName, origin, rowCount: figures.rows, columns: figures.columns, lines: figures.lines },
      report: report(false, out.missingCells),
    };
  }
  const decimalComma = delimiter === ';';

  let table: ColumnarTable | null = null;
  let headerSeen = false;
  let reserved = false;
  const sep = delimiter;
  readRecords(text, delimiter, {
    header(fields, line) {
      headerSeen = true;
      const matched = matchHeaders(fields, line, options.kind);
      if (!matched.ok) {
        kind = matched.kind;
        matched.issues.forEach(log.push);
        // A starting point for the mapping step: every column "not read", so the person can assign them.
        reading = {
          headerLine: line, skippedLines: 0, shape: 'long', figures: 0, missingFigures: 0,
          mapping: { kind: kind ?? options.kind ?? 'indicators', headerLine: line, headers: [...fields], uses: fields.map(() => 'ignore'), constants: {} },
        };
        return false;
      }
      kind = matched.mapping.schema.kind;
      matched.warnings.forEach(log.push);
      table = new ColumnarTable(matched.mapping, context, log.push, { fileName, decimalComma });
      return true;
    },
    record(fields, line) {
      recordsRead++;
      (table as ColumnarTable).add(fields, line);
    },
    // Plain records (most of a file) come as spans of the text: no papaparse, and no string per cell.
    cells(record, line) {
      recordsRead++;
      (table as ColumnarTable).addCells(record, line);
    },
    blank() {
      recordsRead++;
      blank++;
    },
    bad(line, fields, problem) {
      recordsRead++;
      rejected++;
      log.push(badRecordIssue(problem, line, fields, sep));
    },
    progress(cursor) {
      if (cursor >= text.length) return; // "done" follows
      if (!reserved && table !== null) {
        reserved = true; // size the columns from the first piece instead of doubling through the file
        (table as ColumnarTable).reserve(Math.ceil(((recordsRead + 1) * text.length * 1.05) / cursor));
      }
      // After every piece (about a megabyte): a bar that moves smoothly, and a prompt cancel.
      progress('parsing', cursor / text.length, recordsRead);
    },
  });
  releaseLastRegExpInput();

  if (!headerSeen) return fail(loadError('empty_file', null, null, null, 'The file is empty: it has no header row and no data.'));
  const built = table as ColumnarTable | null;
  if (built === null || kind === null) return fail();
  const converted = built.endRecords();
  loaded = converted.loaded;
  rejected += converted.rejected;
  const repeats = built.resolveDuplicates();
  merged = repeats.merged;
  rejected += repeats.conflicting;
  loaded -= repeats.conflicting;
  if (built.rows === 0) {
    const message = recordsRead === blank
      ? 'The file has a header but no rows of data.'
      : 'No row could be loaded: every row has a problem listed in this report.';
    return fail(loadError('no_rows', null, null, null, message, { records: recordsRead - blank }));
  }
  const { columns, lines, missingCells } = built.finish();
  progress('done', 1, recordsRead);
  return {
    dataset: { id: `${origin}:${kind}:${fileName}`, kind, name: fileName, origin, rowCount: built.rows, columns, lines },
    report: report(false, missingCells),
  };
}
