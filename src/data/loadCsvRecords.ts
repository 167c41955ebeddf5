// Runs papaparse over the text in pieces of about a megabyte, cut at line breaks outside quotes
// (papaparse's own string chunking was ~30% slower), and hands out records with physical line numbers.
// Only one piece of parsed rows is alive at a time. Blank, ragged and badly quoted records are
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
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    if (field.length > 0 && (field.charCodeAt(0) > 32 || field.trim() !== '')) return false;
  }
  return true;
}

/**
 * End of the piece that starts at `start`: the first line break at or after start + size where the
 * number of quote characters since `start` is even, i.e. not inside a quoted cell.
 */
function pieceEnd(text: string, start: number, size: number, newline: string): number {
  const target = start + size;
  if (target >= text.length) return text.length;
  let odd = countChar(text, '"', start, target) % 2 === 1;
  let from = target;
  for (;;) {
    const nl = text.indexOf(newline, from);
    if (nl < 0) return text.length;
    if (countChar(text, '"', from, nl) % 2 === 1) odd = !odd;
    if (!odd) return nl + newline.length;
    from = nl + newline.length;
  }
}

export function readRecords(text: string, delimiter: Delimiter, handlers: RecordHandlers): void {
  const newline = detectNewline(text);
  let line = 1; // physical line where the next record starts
  let headerFields = -1;
  let start = 0;

  while (start < text.length) {
    let end = pieceEnd(text, start, CHUNK_CHARS, newline);
    let piece = text.substring(start, end);
    let results = Papa.parse<string[]>(piece, { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter, newline, quoteChar: '"' });
    if (end < text.length && results.errors.some((e) => e.code === 'MissingQuotes')) {
      // A stray quote fooled the quote count and the cut fell inside a quoted cell: read the rest in one piece.
      end = text.length;
      piece = text.substring(start, end);
      results = Papa.parse<string[]>(piece, { header: false, dynamicTyping: false, skipEmptyLines: false, delimiter, newline, quoteChar: '"' });
    }
    const rows = results.data;
    const final = end >= text.length;
    // After a piece's last line break papaparse adds one empty row; it is not a line of the file.
    const last = rows[rows.length - 1];
    const artefact = piece.endsWith(newline) && last !== undefined && last.length === 1 && last[0] === '';
    const count = artefact ? rows.length - 1 : rows.length;
    // Line breaks beyond one per record sit inside quoted cells; without quotes there are none.
    const embedded = piece.indexOf('"') < 0 ? 0 : countChar(piece, newline, 0, piece.length) - (artefact ? count : count - 1);

    let quoteProblems: Map<number, BadRecord> | null = null;
    for (const error of results.errors) {
      if (error.code !== 'MissingQuotes' && error.code !== 'InvalidQuotes') continue;
      const row = error.row ?? -1;
      if (row < 0 || row >= count) continue;
      quoteProblems ??= new Map();
      if (error.code === 'MissingQuotes') quoteProblems.set(row, { reason: 'unclosed_quote' });
      else if (!quoteProblems.has(row)) quoteProblems.set(row, { reason: 'invalid_quotes' });
    }

    for (let i = 0; i < count; i++) {
      const fields = rows[i] as string[];
      const at = line;
      line += embedded > 0 ? 1 + breaksIn(fields, newline) : 1;
      const problem = quoteProblems === null ? undefined : quoteProblems.get(i);
      if (problem === undefined && isBlank(fields)) handlers.blank(at);
      else if (headerFields < 0) {
        if (!handlers.header(fields, at)) return;
        headerFields = fields.length;
      } else if (problem !== undefined) handlers.bad(at, fields, problem);
      else if (fields.length !== headerFields) handlers.bad(at, fields, { reason: 'ragged', fields: fields.length, expected: headerFields });
      else handlers.record(fields, at);
    }
    start = end;
    handlers.progress(end);
    if (final) break;
  }
}

/**
 * V8 keeps the subject of the last successful RegExp match alive (RegExp.input); papaparse's quote
 * regexp ran on slices of the whole text, so without this the file text would outlive the load.
 */
export function releaseLastRegExpInput(): void {
  /x/.test('x');
}
