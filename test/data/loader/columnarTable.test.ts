// Records are converted in batches, column by column. Across batch boundaries, with bad records
// scattered through them, the loaded rows, their lines, the missing counts and the issues must be
// exactly those of a record-by-record reading.
import { describe, expect, it } from 'vitest';
import { ColumnarTable } from '../../../src/data/columnarTable';
import { matchHeaders, type HeaderMapping } from '../../../src/data/headers';
import type { LoadIssue } from '../../../src/data/types';
import { fakeContext } from '../../fixtures/fakeCountryResolver';
import { load, rowsOf } from './helpers';

const CODES = ['KAZ', 'RUS', 'CHN', 'IND', 'IRN', 'TUR', 'UZB', 'KGZ', 'TJK', 'AFG', 'EGY', 'ARE'];
const ROWS = 1300; // ten batches and a part

/**
 * Record i (file line i + 2): a bad count when i % 7 == 0, an unknown country when i % 11 == 0,
 * no count when i % 13 == 0, no note when i % 5 == 0.
 */
function record(i: number): { cells: string; bad: boolean; year: number; country: string; count: number; note: string | null } {
  const year = 1900 + (i % 200);
  const country = CODES[Math.floor(i / 200) % CODES.length] as string;
  const count = i % 13 === 0 ? NaN : i;
  const countCell = i % 7 === 0 ? `-${i + 1}` : Number.isNaN(count) ? '' : String(i);
  const countryCell = i % 11 === 0 ? 'Atlantis' : country;
  const note = i % 5 === 0 ? null : `note ${i}`;
  return { cells: `${year},${countryCell},nationality,total,${countCell},${note ?? ''}`, bad: i % 7 === 0 || i % 11 === 0, year, country, count, note };
}

describe('batched conversion', () => {
  const records = Array.from({ length: ROWS }, (_, i) => record(i));
  const result = load(`year,country,perspective,type,count,note\n${records.map((r) => r.cells).join('\n')}\n`);
  const kept = records.map((r, i) => ({ ...r, line: i + 2 })).filter((r) => !r.bad);

  it('keeps exactly the good records, in file order, with their lines', () => {
    expect(result.dataset?.rowCount).toBe(kept.length);
    expect(rowsOf(result.dataset, ['year', 'country', 'count', 'note'])).toEqual(kept.map(({ year, country, count, note }) => ({ year, country, count, note })));
    expect(Array.from(result.dataset?.lines ?? [])).toEqual(kept.map((r) => r.line));
  });

  it('counts missing cells of loaded rows only, and accounts for every record', () => {
    // Columns the file lacks (sdg, source ...) are not counted.
    expect(result.report.missingCells).toEqual({ count: kept.filter((r) => Number.isNaN(r.count)).length, note: kept.filter((r) => r.note === null).length });
    expect(result.report).toMatchObject({ recordsRead: ROWS, loaded: kept.length, rejected: ROWS - kept.length, blank: 0 });
  });

  it('reports each bad cell at its line and column, country before count within a line', () => {
    const expected = records.flatMap((_, i) => [
      ...(i % 11 === 0 ? [{ code: 'unknown_country', line: i + 2, column: 'country' }] : []),
      ...(i % 7 === 0 ? [{ code: 'negative_count', line: i + 2, column: 'count' }] : []),
    ]);
    expect(result.report.issues.map(({ code, line, column }) => ({ code, line, column }))).toEqual(expected);
  });
});

describe('a cell every record holds, converted once', () => {
  // Each column in turn holds one cell in every record; the table told so (sameCells) must give the rows,
  // missing counts, issues and key repeats of the table that converts that cell in every record.
  const HEADERS = ['indicator', 'year', 'country', 'value', 'qualifier', 'unit', 'note'];
  const records = Array.from({ length: 300 }, (_, i) => ['Share a', String(2000 + (i % 20)), CODES[i % CODES.length]!, String(i / 4), '', 'percent', i % 3 === 0 ? '' : 'n']);
  const CONSTANTS: readonly (readonly [number, string])[] = [
    [0, 'One indicator'], [0, ''],
    [1, '2020'], [1, 'soon'], [1, ''],
    [2, 'KAZ'], [2, 'Atlantis'],
    [3, '12.5'], [3, '-0.5'], [3, ''], [3, 'many'],
    [4, 'about'], [4, 'roughly so'], [4, ''],
    [5, '%'], [5, 'furlongs'],
    [6, 'a note'], [6, ''],
  ];
  const convert = (column: number, cell: string, told: boolean): unknown => {
    const matched = matchHeaders(HEADERS, 1, 'indicators');
    if (!matched.ok) throw new Error('the headers should match');
    const { schema, fieldIndex } = matched.mapping;
    const mapping: HeaderMapping = {
      ...matched.mapping,
      ...(told ? { sameCells: schema.columns.map((_, k) => (fieldIndex[k] === column ? cell : null)) } : {}),
    };
    const issues: LoadIssue[] = [];
    const table = new ColumnarTable(mapping, fakeContext(), (issue) => void issues.push(issue), { fileName: 't.csv', decimalComma: false });
    records.forEach((r, i) => table.add(r.map((c, f) => (f === column ? cell : c)), i + 2));
    const counts = table.endRecords();
    const repeats = table.keysRepeat();
    const { columns, lines, missingCells } = table.finish();
    return { counts, columns, lines: Array.from(lines), missingCells, issues, repeats };
  };
  for (const [column, cell] of CONSTANTS) {
    it(`${HEADERS[column]} '${cell}' in every record`, () => {
      expect(convert(column, cell, true)).toEqual(convert(column, cell, false));
    });
  }
});
