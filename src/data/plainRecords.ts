// Records that need no CSV rule beyond splitting: one line, each cell either unquoted without a quote in
// it, or wholly quoted with no quote or line break inside. Most files hold nothing else. Read here as
// spans of the text they skip papaparse's strings and arrays, so a wide file's figures are parsed where
// they lie (loadMapped.ts). The first record that is not plain ends the run, and the caller has papaparse
// read on from it (loadCsvRecords.ts), so such records keep papaparse's rules: quotes doubled or
// misplaced, cells across lines, spaces after a closing quote.
import type { RecordCells } from './recordCells';

const QUOTE = 34;
/** No character: the cell runs to the end of the text. */
const END = -1;

/** One plain record: cell i is text[starts[i], ends[i]), a quoted cell without its quotes. Refilled record by record. */
export class PlainRecord implements RecordCells {
  text = '';
  length = 0;
  starts = new Int32Array(64);
  ends = new Int32Array(64);

  cell(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
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
    return this.starts[i] as number;
  }
  end(i: number): number {
    return this.ends[i] as number;
  }

  /** Every cell empty or white space (as the reader's blank records). */
  isBlank(): boolean {
    for (let i = 0; i < this.length; i++) {
      const from = this.starts[i] as number;
      const to = this.ends[i] as number;
      if (from < to && (this.text.charCodeAt(from) > 32 || this.cell(i).trim() !== '')) return false;
    }
    return true;
  }

  push(start: number, end: number): void {
    const n = this.length;
    if (n === this.starts.length) {
      const starts = new Int32Array(n * 2);
      const ends = new Int32Array(n * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[n] = start;
    this.ends[n] = end;
    this.length = n + 1;
  }
}

/**
 * Reads the plain records of text[from, to) into `record` (`from` starts a record, `to` ends a line or
 * the text), calling `onRecord` after each until it returns false. Returns where the first record that
 * is not plain starts, or where reading stopped (`to` when every record was plain).
 */
export function readPlainRecords(
  text: string, from: number, to: number, delimiter: number, newline: number, record: PlainRecord, onRecord: (record: PlainRecord) => boolean,
): number {
  record.text = text;
  let p = from;
  while (p < to) {
    const start = p;
    record.length = 0;
    for (;;) {
      let c = p < to ? text.charCodeAt(p) : END;
      let cellStart = p;
      let cellEnd: number;
      if (c === QUOTE) {
        cellStart = ++p;
        while (p < to && (c = text.charCodeAt(p)) !== QUOTE && c !== newline) p++;
        if (p === to || c === newline) return start; // a cell across lines, or never closed
        cellEnd = p++;
        c = p < to ? text.charCodeAt(p) : END;
        if (c !== delimiter && c !== newline && c !== END) return start; // a doubled quote, or anything after the closing one
      } else {
        while (c !== delimiter && c !== newline && c !== END) {
          if (c === QUOTE) return start;
          c = ++p < to ? text.charCodeAt(p) : END;
        }
        cellEnd = p;
      }
      record.push(cellStart, cellEnd);
      p++; // past the delimiter or the line break
      if (c !== delimiter) break;
    }
    if (p > to) p = to;
    if (!onRecord(record)) return p;
  }
  return to;
}
