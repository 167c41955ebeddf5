import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv, type CsvCell } from '../../src/data/writeCsv';

function body(rows: CsvCell[][]): string {
  return writeCsv({ header: rows[0]!.map(String), rows: rows.slice(1) }).slice(1);
}
function oneCell(cell: CsvCell): string {
  return writeCsv({ header: ['h'], rows: [[cell]] }).split('\r\n')[1]!;
}

describe('writeCsv', () => {
  it('starts with a UTF-8 BOM and ends every record with CRLF', () => {
    const csv = writeCsv({ header: ['a', 'b'], rows: [['x', 1]] });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"a","b"\r\n"x","1"\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it.each([
    { description: 'formula', input: '=1+1', expected: `"'=1+1"` },
    { description: 'plus', input: '+1', expected: `"'+1"` },
    { description: 'minus as text', input: '-1', expected: `"'-1"` },
    { description: 'at sign', input: '@SUM(A1:A2)', expected: `"'@SUM(A1:A2)"` },
    { description: 'tab', input: '\tx', expected: `"'\tx"` },
    { description: 'carriage return', input: '\rx', expected: `"'\rx"` },
    { description: 'NUL', input: '\0x', expected: `"'\0x"` },
    { description: 'plain text', input: 'Astana', expected: '"Astana"' },
    { description: 'sign later in the text', input: 'a=b', expected: '"a=b"' },
  ])('neutralises a text cell: $description', ({ input, expected }) => {
    expect(oneCell(input)).toBe(expected);
  });

  it.each([
    { description: 'negative number', input: -1, expected: '"-1"' },
    { description: 'decimal', input: 12.5, expected: '"12.5"' },
    { description: 'large count, no grouping or exponent', input: 9007199254740991, expected: '"9007199254740991"' },
    { description: 'missing', input: null, expected: '""' },
    { description: 'NaN', input: NaN, expected: '""' },
  ])('writes numbers as numbers: $description', ({ input, expected }) => {
    expect(oneCell(input)).toBe(expected);
  });

  it.each([
    { description: 'quotes doubled', input: 'say "hi"', expected: '"say ""hi"""' },
    { description: 'comma', input: 'a,b', expected: '"a,b"' },
    { description: 'semicolon', input: 'a;b', expected: '"a;b"' },
    { description: 'newline kept inside quotes', input: 'line 1\nline 2', expected: '"line 1\nline 2"' },
  ])('quotes every field: $description', ({ input, expected }) => {
    expect(body([['h'], [input]]).split('\r\n')[1]).toBe(expected);
  });

  it('round trip: papaparse reads back the values (text neutralised with a leading quote)', () => {
    const rows: CsvCell[][] = [
      ['Kazakhstan', 65, 'at least', 'Source "A", p. 3'],
      ["Côte d'Ivoire", -2.5, '', 'line 1\nline 2'],
      ['Қазақстан', null, '=cmd', 'Ж,;'],
    ];
    const csv = writeCsv({ header: ['country', 'count', 'qualifier', 'source'], rows });
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['country', 'count', 'qualifier', 'source'],
      ['Kazakhstan', '65', 'at least', 'Source "A", p. 3'],
      ["Côte d'Ivoire", '-2.5', '', 'line 1\nline 2'],
      ['Қазақстан', '', "'=cmd", 'Ж,;'],
    ]);
  });
});
