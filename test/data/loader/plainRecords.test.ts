// The plain reader takes the records that need no CSV rule beyond splitting, and stops at the first
// other one, where papaparse reads on (loadCsvRecords.test.ts checks both together give papaparse's records).
// Figure columns are parsed during the same scan; a figure it gives must be the one the full rules give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDecimalAt } from '../../../src/data/convert';
import { plainCountAt } from '../../../src/data/convertCount';
import { BATCH_RECORDS, PlainRecords, scanPlainRecords, type FigureColumns } from '../../../src/data/plainRecords';

/** Every record the scanner gives, batch after batch, and where it stopped for good. */
function scanAll(text: string, delimiter = ',', newline = '\n', figureColumns: FigureColumns | null = null): { batches: PlainRecords[]; records: string[][]; figures: number[][]; stop: number; blocked: boolean } {
  const batch = new PlainRecords(figureColumns);
  const records: string[][] = [];
  const figures: number[][] = [];
  const batches: PlainRecords[] = [];
  let p = 0;
  while (p < text.length) {
    p = scanPlainRecords(text, p, text.length, delimiter.charCodeAt(0), newline.charCodeAt(0), batch);
    batches.push(batch);
    for (let r = 0; r < batch.records; r++) {
      batch.select(r);
      records.push(batch.fields());
      figures.push(Array.from({ length: batch.length }, (_, i) => batch.figures[batch.cellOffset + i]!));
    }
    if (batch.blocked) return { batches, records, figures, stop: p, blocked: true };
  }
  return { batches, records, figures, stop: p, blocked: false };
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
  { description: 'stops at a quote closed on a later line', input: 'a,b\n1,"x\n2,y"\n', records: [['a', 'b']], stop: 4 },
  { description: 'stops at text after a closing quote', input: 'a,b\n"x" ,2\n', records: [['a', 'b']], stop: 4 },
  { description: 'stops at a quoted cell before CR LF', input: 'a,b\r\n1,"x"\r\n', records: [['a', 'b\r']], stop: 5 },
];

describe('scanPlainRecords', () => {
  for (const c of CASES) {
    it(c.description, () => {
      const { records, stop, blocked } = scanAll(c.input, c.delimiter, c.newline);
      expect(records).toEqual(c.records);
      expect(stop).toBe(c.stop ?? c.input.length);
      expect(blocked).toBe(c.stop !== undefined);
    });
  }

  it('scans a batch of records at a time, and goes on from where it stopped', () => {
    const text = Array.from({ length: 2 * BATCH_RECORDS + 10 }, (_, i) => `${i},x\n`).join('');
    const batch = new PlainRecords();
    const sizes: number[] = [];
    const firstCells: string[] = [];
    let p = 0;
    while (p < text.length) {
      p = scanPlainRecords(text, p, text.length, 44, 10, batch);
      sizes.push(batch.records);
      batch.select(0);
      firstCells.push(batch.cell(0));
      expect(batch.blocked).toBe(false);
    }
    expect(sizes).toEqual([BATCH_RECORDS, BATCH_RECORDS, 10]);
    expect(firstCells).toEqual(['0', String(BATCH_RECORDS), String(2 * BATCH_RECORDS)]);
  });

  it('gives cells as spans of the text, and more cells than it first has room for', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => String(i)).join(',');
    const batch = new PlainRecords();
    scanPlainRecords(text, 0, text.length, 44, 10, batch);
    batch.select(0);
    const spans = Array.from({ length: batch.length }, (_, i) => [batch.start(i), batch.end(i)] as const);
    expect(batch.text).toBe(text);
    expect(spans).toHaveLength(10_000);
    expect(spans.map(([from, to]) => text.slice(from, to))).toEqual(text.split(','));
  });

  it('knows a blank record: every cell empty or white space', () => {
    const batch = new PlainRecords();
    const text = ',\n \t,\r\nx,\n';
    scanPlainRecords(text, 0, text.length, 44, 10, batch);
    expect(Array.from({ length: batch.records }, (_, r) => (batch.select(r), batch.isBlank()))).toEqual([true, true, false]);
  });
});

const DECIMALS: FigureColumns = { columns: [1, 2], decimalMark: 46 };
const COUNTS: FigureColumns = { columns: [1, 2], decimalMark: null };

describe('figures read during the scan', () => {
  const FIGURES: readonly { description: string; cell: string; decimal: number; count: number }[] = [
    { description: 'digits', cell: '123', decimal: 123, count: 123 },
    { description: 'leading zeros', cell: '007', decimal: 7, count: 7 },
    { description: 'a decimal', cell: '12.5', decimal: 12.5, count: NaN },
    { description: 'no whole part', cell: '.5', decimal: 0.5, count: NaN },
    { description: 'a minus', cell: '-3.25', decimal: -3.25, count: NaN },
    { description: 'minus zero', cell: '-0', decimal: -0, count: NaN },
    { description: 'fifteen digits', cell: '123456789012345', decimal: 123456789012345, count: 123456789012345 },
    // Left to the full rules (convert.ts), which read these too or say why not.
    { description: 'sixteen digits', cell: '1234567890123456', decimal: NaN, count: NaN },
    { description: 'a trailing decimal point', cell: '1.', decimal: NaN, count: NaN },
    { description: 'a lone minus', cell: '-', decimal: NaN, count: NaN },
    { description: 'a minus after digits', cell: '5-', decimal: NaN, count: NaN },
    { description: 'two minus signs', cell: '--5', decimal: NaN, count: NaN },
    { description: 'two decimal points', cell: '1.2.3', decimal: NaN, count: NaN },
    { description: 'a plus sign', cell: '+5', decimal: NaN, count: NaN },
    { description: 'an exponent', cell: '1e3', decimal: NaN, count: NaN },
    { description: 'spaces around', cell: ' 12 ', decimal: NaN, count: NaN },
    { description: 'a percent sign', cell: '12%', decimal: NaN, count: NaN },
    { description: 'a CR before the line feed', cell: '12\r', decimal: NaN, count: NaN },
    { description: 'a quoted figure', cell: '"12"', decimal: NaN, count: NaN },
    { description: 'empty', cell: '', decimal: NaN, count: NaN },
  ];
  for (const c of FIGURES) {
    it(c.description, () => {
      for (const [columns, expected] of [[DECIMALS, c.decimal], [COUNTS, c.count]] as const) {
        // The cell in a figure column, first and last in its record; never in column 0, which is not one.
        const { figures } = scanAll(`${c.cell},${c.cell},1\n1,1,${c.cell}`, ',', '\n', columns);
        expect(figures[0]![0]).toBeNaN();
        expect(figures[0]![1]).toBe(expected);
        expect(figures[1]![2]).toBe(expected);
      }
    });
  }

  it('reads "," as the decimal mark in a semicolon file', () => {
    const { figures } = scanAll('x;12,5;-0,25\n', ';', '\n', { columns: [1, 2], decimalMark: 44 });
    expect(figures[0]).toEqual([NaN, 12.5, -0.25]);
  });

  it('gives the figure the full rules give, and Number gives, or leaves the cell to them (property)', () => {
    const cell = fc.array(fc.constantFrom('0', '1', '5', '9', '.', ',', '-', '+', 'e', ' ', '%', 'x'), { maxLength: 18 }).map((chars) => chars.join(''));
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.constantFrom(',', ';'), fc.boolean(), (cells, delimiter, decimals) => {
      const row = cells.filter((c) => !c.includes(delimiter));
      if (row.length === 0) return;
      const mark = delimiter === ';' ? 44 : 46;
      const text = `${row.join(delimiter)}\n`;
      const { figures } = scanAll(text, delimiter, '\n', { columns: row.map((_, i) => i), decimalMark: decimals ? mark : null });
      row.forEach((c, i) => {
        const figure = figures[0]![i]!;
        const full = decimals ? plainDecimalAt(c, 0, c.length, delimiter === ';') : plainCountAt(c, 0, c.length);
        expect(figure).toBe(decimals || full >= 0 ? full : NaN);
        if (figure === figure) expect(figure).toBe(Number(mark === 44 ? c.replace(',', '.') : c));
      });
    }), { numRuns: 2000 });
  });
});
