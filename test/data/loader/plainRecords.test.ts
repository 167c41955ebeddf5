// The plain reader takes the records that need no CSV rule beyond splitting, and stops at the first
// other one, where papaparse reads on (loadCsvRecords.test.ts checks both together give papaparse's records).
import { describe, expect, it } from 'vitest';
import { PlainRecord, readPlainRecords } from '../../../src/data/plainRecords';

function read(text: string, delimiter = ',', newline = '\n'): { records: string[][]; stop: number } {
  const records: string[][] = [];
  const stop = readPlainRecords(text, 0, text.length, delimiter.charCodeAt(0), newline.charCodeAt(0), new PlainRecord(), (record) => {
    records.push(record.fields());
    return true;
  });
  return { records, stop };
}

const CASES: readonly { description: string; input: string; delimiter?: string; newline?: string; records: string[][]; stop?: number }[] = [
  { description: 'unquoted cells', input: 'a,b\n1,2\n', records: [['a', 'b'], ['1', '2']] },
  { description: 'a last line without a line break', input: 'a,b\n1,2', records: [['a', 'b'], ['1', '2']] },
  { description: 'empty cells, a trailing delimiter and an empty line', input: ',x,\n\na,', records: [['', 'x', ''], [''], ['a', '']] },
  { description: 'wholly quoted cells, the delimiter inside one', input: '"a, b","",c\n"1"', records: [['a, b', '', 'c'], ['1']] },
  { description: 'a CR kept at the end of the last cell (CRLF file read with LF)', input: 'a,b\r\n1,2\r\n', records: [['a', 'b\r'], ['1', '2\r']] },
  { description: 'LF inside a cell of a CR file', input: 'a,"x\ny"\r1,2\r', newline: '\r', records: [['a', 'x\ny'], ['1', '2']] },
  { description: 'semicolons and tabs', input: 'a;"b;c"\n1\t2;3\n', delimiter: ';', records: [['a', 'b;c'], ['1\t2', '3']] },
  { description: 'stops at a doubled quote', input: 'a,b\n"x""y",2\n3,4\n', records: [['a', 'b']], stop: 4 },
  { description: 'stops at a quote inside an unquoted cell', input: 'a,b\n5" tall,2\n', records: [['a', 'b']], stop: 4 },
  { description: 'stops at a quoted cell across lines', input: 'a,b\n1,"x\ny"\n', records: [['a', 'b']], stop: 4 },
  { description: 'stops at a quote never closed', input: 'a,b\n1,"x', records: [['a', 'b']], stop: 4 },
  { description: 'stops at text after a closing quote', input: 'a,b\n"x" ,2\n', records: [['a', 'b']], stop: 4 },
  { description: 'stops at a quoted cell before CR LF', input: 'a,b\r\n1,"x"\r\n', records: [['a', 'b\r']], stop: 5 },
];

describe('readPlainRecords', () => {
  for (const c of CASES) {
    it(c.description, () => {
      const { records, stop } = read(c.input, c.delimiter, c.newline);
      expect(records).toEqual(c.records);
      expect(stop).toBe(c.stop ?? c.input.length);
    });
  }

  it('stops where the caller says, after that record', () => {
    const seen: string[][] = [];
    const stop = readPlainRecords('a,b\n1,2\n3,4\n', 0, 12, 44, 10, new PlainRecord(), (record) => (seen.push(record.fields()), seen.length < 2));
    expect(seen).toEqual([['a', 'b'], ['1', '2']]);
    expect(stop).toBe(8);
  });

  it('gives cells as spans of the text, and more cells than it first has room for', () => {
    const text = Array.from({ length: 100 }, (_, i) => String(i)).join(',');
    let spans: [number, number][] = [];
    readPlainRecords(text, 0, text.length, 44, 10, new PlainRecord(), (record) => {
      spans = Array.from({ length: record.length }, (_, i) => [record.start(i), record.end(i)]);
      expect(record.host()).toBe(text);
      return true;
    });
    expect(spans).toHaveLength(100);
    expect(spans.map(([from, to]) => text.slice(from, to))).toEqual(text.split(','));
  });

  it('knows a blank record: every cell empty or white space', () => {
    const blank: boolean[] = [];
    const text = ',\n \t,\r\nx,\n';
    readPlainRecords(text, 0, text.length, 44, 10, new PlainRecord(), (record) => (blank.push(record.isBlank()), true));
    expect(blank).toEqual([true, true, false]);
  });
});
