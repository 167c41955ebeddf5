// The first records of a file (about 64 KB), with their lines: enough to find a header below titles
// and to sample the cells of each column.
import type { Delimiter } from './delimiter';
import { readRecords } from './loadCsvRecords';
import type { HeadRecord } from './proposeReading';

const HEAD_CHARS = 64 * 1024;
const HEAD_RECORDS = 80;

export function readHead(text: string, delimiter: Delimiter): HeadRecord[] {
  let end = text.length;
  if (end > HEAD_CHARS) {
    const nl = text.lastIndexOf('\n', HEAD_CHARS);
    end = nl > 0 ? nl + 1 : HEAD_CHARS;
  }
  const head: HeadRecord[] = [];
  const keep = (fields: string[], line: number): void => {
    if (head.length < HEAD_RECORDS) head.push({ line, fields });
  };
  readRecords(text.slice(0, end), delimiter, {
    header: (fields, line) => {
      keep(fields, line);
      return true;
    },
    record: keep,
    // Plain records are split without papaparse (plainRecords.ts): the same cells, and papaparse, which
    // the rest of a plain file does not need, is not started for the head alone.
    cells: (record, line) => keep(record.fields(), line),
    bad: (line, fields) => keep(fields, line),
    blank: () => undefined,
    progress: () => undefined,
    enough: () => head.length >= HEAD_RECORDS,
  });
  return head;
}
