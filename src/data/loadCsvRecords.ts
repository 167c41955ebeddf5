// Runs papaparse over the text in pieces of about a megabyte, cut at line breaks outside quotes
// (papaparse's own string chunking was ~30% slower), and hands out records with physical line numbers.
// Records come one at a time through papaparse's `step` callback and are dropped once converted:
// holding a piece's rows as arrays made the garbage collector copy and promote them, which cost more
// than the parsing itself. Blank, ragged and badly quoted records are classified here; well-formed
// records go to the caller. A caller that reads cells in place (`cells`) gets a piece's plain records
// straight from the text (plainRecords.ts). A record whose quoted cells only double their quotes ("a ""b""")
// is split here too, into strings; papaparse reads the piece on from the first record that is neither.
import Papa from 'papaparse';
import type { Delimiter } from './delimiter';
import { PlainRecords, scanPlainRecords, type FigureColumns } from './plainRecords';

export const CHUNK_CHARS = 1 << 20;

export type BadRecord =
  | { readonly reason: 'ragged'; readonly fields: number; readonly expected: number }
  | { readonly reason: 'unclosed_quote' }
  | { readonly reason: 'invalid_quotes' };

export interface RecordHandlers {
  /** The first non-blank record. Return false to stop reading (the headers cannot be used). */
  header(fields: string[], line: number): boolean;
  /** A well-formed record (a fresh array each time: it may be kept). */
  record(fields: string[], line: number): void;
  /**
   * A well-formed plain record (plainRecords.ts) as spans of the text, valid during the call only. When
   * given, plain records come here and the others to `record`.
   */
  cells?(record: PlainRecords, line: number): void;
  /** With `cells`: columns whose plain cells are parsed as figures while they are split (PlainRecords.figure). */
  figureColumns?: FigureColumns;
  blank(line: number): void;
  bad(line: number, fields: string[], problem: BadRecord): void;
  /** After each chunk: characters consumed so far. May throw to cancel. */
  progress(cursor: number): void;
  /** A record on a line before `headerLine` (titles and notes above the table). */
  before?(line: number, fields: string[]): void;
  /** Asked after each record: true stops reading (a caller that needs only the first records). */
  enough?(): boolean;
}

/**
 * LF for LF and CRLF files (a trailing CR is trimmed with the cell), CR for old Mac files: the first line
 * break decides, so a file without a CR is not read to its end for one.
 */
export function detectNewline(text: string): '\n' | '\r' {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return '\n';
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? '\n' : '\r';
  }
  return '\n';
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

/** Physical lines of the record at [from, to): its own line break ends at `to`, earlier ones sit inside quoted cells. */
function linesOf(piece: string, from: number, to: number, newline: string): number {
  let lines = 1;
  let nl = piece.indexOf(newline, from);
  while (nl >= 0 && nl + 1 < to) {
    lines++;
    nl = piece.indexOf(newline, nl + 1);
  }
  return lines;
}

function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as string;
    if (field.length > 0 && (field.charCodeAt(0) > 32 || field.trim() !== '')) return false;
  }
  return true;
}

function quoteProblem(errors: readonly Papa.ParseError[]): BadRecord | undefined {
  let problem: BadRecord | undefined;
  for (const error of errors) {
    if (error.code === 'MissingQuotes') return { reason: 'unclosed_quote' };
    if (error.code === 'InvalidQuotes') problem = { reason: 'invalid_quotes' };
  }
  return problem;
}

const BOM = 0xfeff;

/** End of a piece: the first line break at or after `target`. */
function lineEndAfter(text: string, target: number, newline: string): number {
  if (target >= text.length) return text.length;
  const nl = text.indexOf(newline, target);
  return nl < 0 ? text.length : nl + 1;
}

/**
 * End of a piece that starts at the record starting at `start`: the first line break at or after
 * start + size where the number of quote characters since `start` is even, i.e. not inside a quoted cell.
 */
function lineEndOutsideQuotes(text: string, start: number, size: number, newline: string): number {
  const target = start + size;
  if (target >= text.length) return text.length;
  let odd = countChar(text, '"', start, target) % 2 === 1;
  let from = target;
  for (;;) {
    const nl = text.indexOf(newline, from);
    if (nl < 0) return text.length;
    if (countChar(text, '"', from, nl) % 2 === 1) odd = !odd;
    if (!odd) return nl + 1;
    from = nl + 1;
  }
}

const QUOTE = 34;
/** Where the record readEscapedRecord read last ends: the next one starts there. */
let escapedEnd = 0;

/**
 * The cells of the one-line record starting at `from` (before `to`, which ends a line or the text) when each is
 * unquoted without a quote in it, or quoted with its quotes doubled inside and nothing between its closing quote and
 * the delimiter or line break: papaparse's strings for it. Null for any other record (papaparse reads it).
 */
function readEscapedRecord(text: string, from: number, to: number, delimiter: number, newline: number): string[] | null {
  const fields: string[] = [];
  let p = from;
  for (;;) {
    let c = p < to ? text.charCodeAt(p) : -1;
    if (c === QUOTE) {
      let cell = '';
      let run = ++p;
      for (;;) {
        while (p < to && (c = text.charCodeAt(p)) !== QUOTE && c !== newline) p++;
        if (p >= to || c === newline) return null; // a cell across lines, or never closed
        if (p + 1 < to && text.charCodeAt(p + 1) === QUOTE) {
          cell += text.slice(run, p + 1); // a doubled quote stands for one
          run = p += 2;
          continue;
        }
        cell += text.slice(run, p++);
        break;
      }
      c = p < to ? text.charCodeAt(p) : -1;
      if (c !== delimiter && c !== newline && c !== -1) return null; // anything after the closing quote
      fields.push(cell);
    } else {
      const start = p;
      while (c !== delimiter && c !== newline && c !== -1) {
        if (c === QUOTE) return null;
        c = ++p < to ? text.charCodeAt(p) : -1;
      }
      fields.push(text.slice(start, p));
    }
    p++; // past the delimiter or the line break
    if (c !== delimiter) break;
  }
  escapedEnd = Math.min(p, to);
  return fields;
}

/** `pieceChars` is a parameter so tests can cut small texts into many pieces. */
/** `headerLine`: the header is the first non-blank record on or after this line; records before it go to `before`. */
export function readRecords(text: string, delimiter: Delimiter, handlers: RecordHandlers, pieceChars = CHUNK_CHARS, headerLine = 0): void {
  const newline = detectNewline(text);
  let line = 1; // physical line where the next record starts
  let headerFields = -1;
  let stopped = false;
  // The piece being parsed, where its current record starts, and whether it runs to the end of the text.
  let piece = '';
  /** Offset in the text of the piece's first character (one before the text when a guard line leads it). */
  let base = 0;
  let rowStart = 0;
  /** 1 when the piece starts with a U+FEFF that papaparse strips: its cursors are then 1 short. */
  let shift = 0;
  /** True while papaparse's first record is the guard line put before a piece (see parse below). */
  let guarded = false;
  let last = false;
  /** Offset in the piece of a record whose quoted cell ran past the cut, or -1. */
  let retryFrom = -1;

  const step = (result: Papa.ParseStepResult<string[]>, parser: Papa.Parser): void => {
    const from = rowStart;
    const to = result.meta.cursor + shift;
    rowStart = to;
    if (guarded) {
      guarded = false;
      return;
    }
    // After a piece's last line break papaparse adds one empty record; it is not a line of the file.
    if (stopped || from >= piece.length) return;
    const fields = result.data;
    const problem = result.errors.length > 0 ? quoteProblem(result.errors) : undefined;
    if (problem?.reason === 'unclosed_quote' && !last) {
      retryFrom = from; // it is the piece's final record: read it again in a longer piece
      return;
    }
    const at = line;
    line += linesOf(piece, from, to, newline);
    if (at < headerLine) {
      if (!isBlank(fields)) handlers.before?.(at, fields);
    } else if (problem === undefined && isBlank(fields)) handlers.blank(at);
    else if (headerFields < 0) {
      if (!handlers.header(fields, at)) {
        stopped = true;
        parser.abort();
        return;
      }
      headerFields = fields.length;
    } else if (problem !== undefined) handlers.bad(at, fields, problem);
    else if (fields.length !== headerFields) handlers.bad(at, fields, { reason: 'ragged', fields: fields.length, expected: headerFields });
    else handlers.record(fields, at);
    if (handlers.enough?.()) {
      stopped = true;
      parser.abort();
    }
  };
  const delimiterCode = delimiter.charCodeAt(0);
  const newlineCode = newline.charCodeAt(0);
  const plain = handlers.cells === undefined ? null : new PlainRecords(handlers.figureColumns ?? null);
  // As step does for papaparse's records; a plain record has no quote problem and one physical line.
  const plainRecord = (record: PlainRecords): boolean => {
    const at = line++;
    if (at < headerLine) {
      if (!record.isBlank()) handlers.before?.(at, record.fields());
    } else if (record.isBlank()) handlers.blank(at);
    else if (headerFields < 0) {
      if (!handlers.header(record.fields(), at)) {
        stopped = true;
        return false;
      }
      headerFields = record.length;
    } else if (record.length !== headerFields) handlers.bad(at, record.fields(), { reason: 'ragged', fields: record.length, expected: headerFields });
    else (handlers.cells as NonNullable<RecordHandlers['cells']>)(record, at);
    if (handlers.enough?.()) stopped = true;
    return !stopped;
  };
  /**
   * Hands out the plain records of text[from, to) batch by batch, and a record that only doubles quotes inside
   * quoted cells as strings (one in ten of a big export has one); returns where papaparse must read on (`to`
   * when nowhere).
   */
  const readPlain = (batch: PlainRecords, from: number, to: number): number => {
    let p = from;
    while (p < to) {
      p = scanPlainRecords(text, p, to, delimiterCode, newlineCode, batch);
      for (let r = 0; r < batch.records; r++) {
        batch.select(r);
        if (!plainRecord(batch)) return to;
      }
      if (!batch.blocked) continue;
      const fields = readEscapedRecord(text, p, to, delimiterCode, newlineCode);
      if (fields === null) return p;
      p = escapedEnd;
      escapedRecord(fields);
      if (stopped) return to;
    }
    return to;
  };
  // As step does for papaparse's records, for one readEscapedRecord read: one physical line, no quote problem.
  const escapedRecord = (fields: string[]): void => {
    const at = line++;
    if (at < headerLine) {
      if (!isBlank(fields)) handlers.before?.(at, fields);
    } else if (isBlank(fields)) handlers.blank(at);
    else if (headerFields < 0) {
      if (!handlers.header(fields, at)) {
        stopped = true;
        return;
      }
      headerFields = fields.length;
    } else if (fields.length !== headerFields) handlers.bad(at, fields, { reason: 'ragged', fields: fields.length, expected: headerFields });
    else handlers.record(fields, at);
    if (handlers.enough?.()) stopped = true;
  };

  const config: Papa.ParseConfig<string[]> = {
    header: false, dynamicTyping: false, skipEmptyLines: false, delimiter, newline, quoteChar: '"', step,
  };

  /** Parses text[from, to) and returns where to read again from, or -1. */
  const parse = (from: number, to: number): number => {
    // papaparse strips a U+FEFF that starts its input. At the text's start that is a second byte order
    // mark and goes, as in a one-piece read; anywhere else it is a cell's first character, so an empty
    // guard line goes before it and its record is skipped.
    guarded = from > 0 && text.charCodeAt(from) === BOM;
    piece = guarded ? newline + text.substring(from, to) : text.substring(from, to);
    base = guarded ? from - 1 : from;
    shift = !guarded && piece.charCodeAt(0) === BOM ? 1 : 0;
    rowStart = shift;
    last = to >= text.length;
    retryFrom = -1;
    Papa.parse(piece, config);
    return retryFrom < 0 ? -1 : base + retryFrom;
  };

  let start = 0;
  while (start < text.length && !stopped) {
    // Cut at a line break. When that falls inside a quoted cell (a cell with line breaks), the record it
    // splits is read again in a piece cut by counting quotes from its start, and if a stray quote (a
    // literal " in an unquoted cell) fooled that count too, with the rest of the text.
    let end = lineEndAfter(text, start + pieceChars, newline);
    // papaparse drops a U+FEFF that starts the text; so does the plain reader.
    const from = plain === null ? start : readPlain(plain, start === 0 && text.charCodeAt(0) === BOM ? 1 : start, end);
    if (from < end && !stopped) {
      let retry = parse(from, end);
      if (retry >= 0) {
        end = lineEndOutsideQuotes(text, retry, pieceChars, newline);
        retry = parse(retry, end);
      }
      if (retry >= 0) {
        end = text.length;
        parse(retry, end);
      }
    }
    start = end;
    if (!stopped) handlers.progress(end);
  }
  piece = '';
}

/**
 * V8 keeps the subject of the last successful RegExp match alive (RegExp.input); papaparse's quote
 * regexp ran on slices of the whole text, so without this the file text would outlive the load.
 */
export function releaseLastRegExpInput(): void {
  /x/.test('x');
}
