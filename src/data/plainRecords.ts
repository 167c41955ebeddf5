// Records that need no CSV rule beyond splitting: one line, each cell either unquoted without a quote in
// it, or wholly quoted with no quote or line break inside. Most files hold nothing else. Read here as
// spans of the text they skip papaparse's strings and arrays, so a wide file's figures are parsed where
// they lie (loadMapped.ts). The first record that is not plain ends the run, and the caller has papaparse
// read on from it (loadCsvRecords.ts), so such records keep papaparse's rules: quotes doubled or
// misplaced, cells across lines, spaces after a closing quote.
import { POW10 } from './convert';
import type { RecordCells } from './recordCells';

const QUOTE = 34;
const MINUS = 45;
/** A decimal mark no character has: counts are digits only. */
const NO_MARK = -2;
/**
 * Records scanned ahead at most, before the caller takes them. Fewer, shorter calls: 64 measured a few
 * percent less main-thread time than 256 for the first megabytes (noisy; 1,024 was slower).
 */
export const BATCH_RECORDS = 64;

/**
 * Columns whose cells are figures, read as the scan passes over them (a wide file's value cells): one
 * pass over each character instead of a split and then a parse.
 */
export interface FigureColumns {
  readonly columns: readonly number[];
  /** Decimals: a leading "-" and one decimal mark ("." or "," as a char code). Null: counts, digits only. */
  readonly decimalMark: number | null;
}

/**
 * A batch of plain records, scanned ahead by scanPlainRecords, and one of them selected (select) to be read
 * as a record: cell i is text[starts[first + i], ends[first + i]), a quoted cell without its quotes.
 */
export class PlainRecords implements RecordCells {
  text = '';
  /** Records in the batch; record r's cells are first[r] to first[r + 1] - 1. */
  records = 0;
  first = new Int32Array(BATCH_RECORDS + 1);
  /** The last scan stopped at a record that is not plain. */
  blocked = false;
  /** Cells of the batch's records. */
  starts = new Int32Array(8192);
  ends = new Int32Array(8192);
  /** Per cell of a figure column: its figure when plainly written (as plainDecimalAt or plainCountAt read it), else NaN. */
  figures = new Float64Array(8192);
  /** 1 for the columns of figures (by index in the record). */
  isFigure = new Uint8Array(64);
  readonly decimalMark: number;
  readonly signed: boolean;
  /** The selected record: its first cell and its cell count. */
  cellOffset = 0;
  length = 0;

  constructor(figureColumns: FigureColumns | null = null) {
    this.decimalMark = figureColumns?.decimalMark ?? NO_MARK;
    this.signed = figureColumns !== null && figureColumns.decimalMark !== null;
    const columns = figureColumns?.columns ?? [];
    this.isFigure = new Uint8Array(Math.max(64, ...columns.map((c) => c + 1)));
    for (const c of columns) this.isFigure[c] = 1;
  }

  /** Makes record r of the batch the one read. */
  select(r: number): void {
    this.cellOffset = this.first[r] as number;
    this.length = (this.first[r + 1] as number) - this.cellOffset;
  }

  cell(i: number): string {
    return this.text.slice(this.starts[this.cellOffset + i], this.ends[this.cellOffset + i]);
  }
  fields(): string[] {
    const out = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.cell(i);
    return out;
  }
  host(): string {
    return this.text;
  }
  start(i: number): number {
    return this.starts[this.cellOffset + i] as number;
  }
  end(i: number): number {
    return this.ends[this.cellOffset + i] as number;
  }

  /** Every cell empty or white space (as the reader's blank records). */
  isBlank(): boolean {
    for (let i = 0; i < this.length; i++) {
      const from = this.start(i);
      const to = this.end(i);
      if (from < to && (this.text.charCodeAt(from) > 32 || this.cell(i).trim() !== '')) return false;
    }
    return true;
  }

  /** Room for twice as many cells (a batch of very wide records). */
  grow(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    const ends = new Int32Array(n);
    const figures = new Float64Array(n);
    starts.set(this.starts);
    ends.set(this.ends);
    figures.set(this.figures);
    this.starts = starts;
    this.ends = ends;
    this.figures = figures;
  }
}

/**
 * Scans the plain records of text[from, to) into the batch (`from` starts a record, `to` ends a line or
 * the text), up to BATCH_RECORDS of them. Returns where it stopped: `to`, a full batch's next record,
 * or (batch.blocked) the first record that is not plain.
 *
 * One loop over the characters, cells and figures alike, that calls nothing but charCodeAt and indexOf:
 * until V8 has optimized it, which takes much of the first megabyte, every operation per character
 * counts, and the less code it has (no callers' code to inline, few charCodeAt sites), the sooner
 * V8's optimizing compiler is done with it. Past the text's end charCodeAt gives NaN (c !== c): the end.
 */
export function scanPlainRecords(text: string, from: number, to: number, delimiter: number, newline: number, batch: PlainRecords): number {
  batch.text = text;
  batch.blocked = false;
  const newlineChar = String.fromCharCode(newline);
  const mark = batch.decimalMark;
  const signed = batch.signed;
  const isFigure = batch.isFigure;
  const columns = isFigure.length;
  const first = batch.first;
  let { starts, ends, figures } = batch;
  let records = 0;
  let k = 0; // cells in the batch
  first[0] = 0;
  batch.records = 0;
  let p = from;
  while (p < to && records < BATCH_RECORDS) {
    const start = p;
    // A quoted cell must close on its line.
    let lineEnd = text.indexOf(newlineChar, p);
    if (lineEnd < 0) lineEnd = text.length;
    let n = 0; // cells in the record
    let c: number;
    do {
      if (k === starts.length) {
        batch.grow();
        ({ starts, ends, figures } = batch);
      }
      let cellStart = p;
      let figure = NaN;
      c = text.charCodeAt(p);
      if (c === QUOTE) {
        cellStart = p + 1;
        p = text.indexOf('"', cellStart);
        if (p < 0 || p > lineEnd) return blocked(batch, records, start); // a cell across lines, or never closed
        ends[k] = p;
        c = text.charCodeAt(++p);
        if (c !== delimiter && c !== newline && c === c) return blocked(batch, records, start); // a doubled quote, or anything after the closing one
      } else {
        if (n < columns && isFigure[n] === 1) {
          // As plainDecimalAt / plainCountAt (convert.ts, convertCount.ts) read text[cellStart, cell end).
          let v = 0;
          let markAt = -1;
          let negative = false;
          for (;;) {
            if (c >= 48 && c <= 57) v = v * 10 + (c - 48);
            else if (c === mark && markAt < 0) markAt = p;
            else if (c === MINUS && signed && p === cellStart) negative = true;
            else break;
            c = text.charCodeAt(++p);
          }
          const digits = p - cellStart - (negative ? 1 : 0) - (markAt < 0 ? 0 : 1);
          if ((c === delimiter || c === newline || c !== c) && digits > 0 && digits < 16 && markAt !== p - 1) {
            const x = markAt < 0 ? v : v / (POW10[p - markAt - 1] as number);
            figure = negative ? -x : x;
          }
        }
        while (c !== delimiter && c !== newline && c === c) {
          if (c === QUOTE) return blocked(batch, records, start);
          c = text.charCodeAt(++p);
        }
        ends[k] = p;
      }
      starts[k] = cellStart;
      figures[k] = figure;
      k++;
      n++;
      p++; // past the delimiter or the line break
    } while (c === delimiter);
    // Done for each record rather than once after the loop: V8 optimizes this loop while it first runs,
    // and code that had not run by then would send it back to the interpreter when reached (each batch).
    first[++records] = k;
    batch.records = records;
    if (p > to) p = to;
  }
  return p;
}

/** Ends a scan at the record starting at `start`, which is not plain; the batch holds the records before it. */
function blocked(batch: PlainRecords, records: number, start: number): number {
  batch.records = records;
  batch.blocked = true;
  return start;
}
