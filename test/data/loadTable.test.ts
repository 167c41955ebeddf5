// A workbook through the whole load: the sheet proposed or chosen, the header found below a title,
// the exact rows, the report naming the sheet read, and every record accounted for.
import { describe, expect, it } from 'vitest';
import { loadCsv } from '../../src/data/loadCsv';
import { loadTable } from '../../src/data/loadTable';
import type { LoadOptions, LoadReport, LoadResult } from '../../src/data/types';
import { fakeContext } from '../fixtures/fakeCountryResolver';
import { xlsx, type XlsxSheet } from '../fixtures/xlsx';
import { invariantHolds, rowsOf, type Cell } from './loader/helpers';

const load = (bytes: Uint8Array, options: Partial<LoadOptions> = {}): Promise<LoadResult> =>
  loadTable(bytes, { fileName: 'volunteers.xlsx', ...options }, (text, o) => loadCsv(text, o, fakeContext()));

const cover: XlsxSheet = { name: 'About', rows: [['UN Volunteers in Central Asia, compiled by the secretariat']] };
const placements = (name: string, year: number): XlsxSheet => ({
  name,
  rows: [
    [`UN Volunteers by country, ${year}`],
    ['year', 'country', 'perspective', 'type', 'count'],
    [year, 'Kazakhstan', 'duty_station', 'national', 31],
    [year, 'UZB', 'duty_station', 'international', { formula: 'SUM(3,4)', cached: 7 }],
  ],
});

interface Case {
  readonly description: string;
  readonly sheets: readonly XlsxSheet[];
  readonly options?: Partial<LoadOptions>;
  readonly sheet: LoadReport['sheet'];
  readonly headerLine?: number;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Every issue: [code, line]. */
  readonly issues: readonly (readonly [string, number | null])[];
}

const cases: readonly Case[] = [
  {
    description: 'a cover sheet, then a table below its title: the table sheet, its header on row 2',
    sheets: [cover, placements('Placements', 2023)],
    sheet: { name: 'Placements', names: ['About', 'Placements'] },
    headerLine: 2,
    columns: ['year', 'country', 'type', 'count'],
    rows: [[2023, 'KAZ', 'national', 31], [2023, 'UZB', 'international', 7]],
    issues: [['preamble_lines', 1]],
  },
  {
    description: 'a sheet chosen by name, though an earlier one holds a table too',
    sheets: [cover, placements('2023', 2023), placements('2022', 2022)],
    options: { sheet: '2022' },
    sheet: { name: '2022', names: ['About', '2023', '2022'] },
    headerLine: 2,
    columns: ['year', 'country', 'type', 'count'],
    rows: [[2022, 'KAZ', 'national', 31], [2022, 'UZB', 'international', 7]],
    issues: [['preamble_lines', 1]],
  },
  {
    description: 'dates read as days (1 January stays a date, not a year) and formulas as their saved results',
    sheets: [{
      name: 'Registers',
      rows: [
        ['country', 'date', 'count'],
        ['Kazakhstan', { date: '2024-01-01' }, { formula: 'B5+1', cached: 120 }],
        ['Tajikistan', { date: '2023-06-30T00:00' }, 95],
      ],
    }],
    options: { kind: 'organizations' },
    sheet: { name: 'Registers', names: ['Registers'] },
    columns: ['country', 'date', 'count'],
    rows: [['KAZ', '2024-01-01', 120], ['TJK', '2023-06-30', 95]],
    issues: [],
  },
  {
    description: 'a sheet name the workbook lacks: nothing loaded, the sheets it has named',
    sheets: [cover, placements('Placements', 2023)],
    options: { sheet: 'Placements 2024' },
    sheet: { name: null, names: ['About', 'Placements'] },
    columns: [],
    rows: [],
    issues: [['unknown_sheet', null]],
  },
];

describe('loadTable: Excel workbooks', () => {
  for (const c of cases) {
    it(c.description, async () => {
      const result = await load(xlsx(c.sheets), c.options);
      const { report } = result;
      expect(report.sheet).toEqual(c.sheet);
      // Read from a workbook (said so in the review instead of a separator and encoding), unless no sheet was read.
      expect(report.format).toBe(c.sheet?.name ? 'xlsx' : undefined);
      expect(report.issues.map((i) => [i.code, i.line])).toEqual(c.issues);
      expect(rowsOf(result.dataset, c.columns).map((row) => c.columns.map((name) => row[name]))).toEqual(c.rows);
      if (c.headerLine !== undefined) expect(report.reading?.headerLine).toBe(c.headerLine);
      expect(report.failed).toBe(c.rows.length === 0);
      expect(invariantHolds(result)).toBe(true);
    });
  }

  it('the missing sheet is named in a sentence that lists the others', async () => {
    const { report } = await load(xlsx([cover, placements('Placements', 2023)]), { sheet: 'Sheet1' });
    expect(report.issues.map((i) => i.message)).toEqual(["The workbook has no sheet named 'Sheet1'. Its sheets are: About, Placements."]);
  });

  it('text files pass through to the CSV loader unchanged, with no sheet', async () => {
    const { report, dataset } = await load(new TextEncoder().encode('year,country,perspective,type,count\n2023,KAZ,duty_station,national,3\n'), { fileName: 'p.csv' });
    expect(report.sheet).toBeUndefined();
    expect(report.format).toBeUndefined();
    expect(dataset?.rowCount).toBe(1);
  });
});
