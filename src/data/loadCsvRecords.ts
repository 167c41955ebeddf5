// Runs papaparse over the text in chunks and hands out records with their physical line numbers.
// Only one chunk of parsed rows is alive at a time. Blank, ragged and badly quoted records are
// classified here; well-formed records go to the caller.
import Papa from 'papaparse';
import type { Delimiter } from './delimiter';

export const CHUNK_CHARS = 1 << 20;

export type BadRecord =
  | { readonly reason: 'ragged'; readonly fields: number; readonly expected: number }
  | { readonly reason: 'unclosed_quote' }
  | { readonly reason: 'invalid_quotes' };

export interface RecordHandlers {
  /** The first non-blank record. Return false to stop reading (the headers cannot be used). */
  header(fields: string[], line: number): boolean;
  record(fields: string[], line: number): void;
  blank(line: number): void;
  bad(line: number, fields: string[], problem: BadRecord): void;
  /** After each chunk: characters consumed so far. May throw to cancel. */
  progress(cursor: number): void;
}

/** LF for LF and CRLF files (a trailing CR is trimmed with the cell), CR for old Mac files. */
export function detectNewline(text: string): '\n' | '\r' {
  const cr = text.indexOf('\r');
  if (cr < 0) return '\n';
  const lf = text.indexOf('\n');
  if (lf < 0) return '\r';
  return lf === cr + 1 || lf < cr ? '\n' : '\r';
}

function countChar(text: string, ch: string, from: number, to: number): number {
  let count = 0;
  let i = text.indexOf(ch, from);
  while (i >= 0 && i < to) {
    count++;
    i = text.indexOf(ch, i + 1);
  }
  return count;
}

function breaksIn(fields: readonly string[], ch: string): number {
  let count = 0;
  for (const field of fields) if (field.length > 0 && field.indexOf(ch) >= 0) count += countChar(field, ch, 0, field.length);
  return count;
}

function isBlank(fields: readonly string[]): boolean {
  for (const field of fields) if (field.length > 0 && field.trim() !== '') return false;
  return true;
}

export function readRecords(text: string, delimiter: Delimiter, handlers: RecordHandlers): void {
  const newline = detectNewline(text);
  const endsWithBreak = text.endsWith(newline);
  let line = 1; // physical line where the next record starts
  let spanStart = 0;
  let headerFields = -1; // -2 once reading has stopped

  const onChunk = (results: Papa.ParseResult<string[]>, parser: Papa.Parser): void => {
    if (headerFields === -2) return;
    const rows = results.data;
    const end = results.meta.cursor;
    const final = end >= text.length;
    const terminated = final ? rows.length - 1 : rows.length;
    const embedded = countChar(text, newline, spanStart, end) - Math.max(0, terminated);
    spanStart = end;

    let quoteProblems: Map<number, BadRecord> | null = null;
    for (const error of results.errors) {
      const row = error.row ?? -1;
      if (row < 0 || row >= rows.length) continue; // a partial record, parsed again with the next chunk
      quoteProblems ??= new Map();
      if (error.code === 'MissingQuotes') quoteProblems.set(row, { reason: 'unclosed_quote' });
      else if (!quoteProblems.has(row)) quoteProblems.set(row, { reason: 'invalid_quotes' });
    }

    for (let i = 0; i < rows.length; i++) {
      const fields = rows[i] as string[];
      const at = line;
      line += embedded > 0 ? 1 + breaksIn(fields, newline) : 1;
      if (final && i === rows.length - 1 && endsWithBreak && fields.length === 1 && fields[0] === '') break; // after the last line break
      const problem = quoteProblems?.get(i);
      if (problem === undefined && isBlank(fields)) {
        handlers.blank(at);
        continue;
      }
      if (headerFields < 0) {
        if (!handlers.header(fields, at)) {
          headerFields = -2;
          parser.abort();
          return;
        }
        headerFields = fields.length;
        continue;
      }
      if (problem !== undefined) handlers.bad(at, fields, problem);
      else if (fields.length !== headerFields) handlers.bad(at, fields, { reason: 'ragged', fields: fields.length, expected: headerFields });
      else handlers.record(fields, at);
    }
    handlers.progress(end);
  };

  // String input with `chunk` is parsed synchronously (papaparse's StringStreamer), despite the typings.
  Papa.parse<string[]>(text, {
    worker: false,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    delimiter,
    newline,
    quoteChar: '"',
    chunkSize: CHUNK_CHARS,
    chunk: onChunk,
    complete: () => undefined,
  });
}
