// A wide file's figures are read where they lie in the text when their record is plain (plainRecords.ts),
// and from papaparse's strings otherwise: either way a cell gives the same figure, or the same problem.
import { describe, expect, it } from 'vitest';
import { load, rowsOf } from './helpers';

/** The cell as the 2000 figure of Uzbekistan; `papaparse`: a doubled quote on the line before has papaparse read the rest. */
function wideFile(cell: string, papaparse: boolean): string {
  const lines = [
    'Country Name,Country Code,Indicator Name,Indicator Code,2000,2001',
    papaparse ? 'Kazakhstan,KAZ,"Share ""a""",IND.A,1,2' : 'Kazakhstan,KAZ,Share a,IND.A,1,2',
    `Uzbekistan,UZB,Share b,IND.B,${cell},7`,
  ];
  return `${lines.join('\n')}\n`;
}

const CASES: readonly { description: string; cell: string; figure: number | null; issue?: string }[] = [
  { description: 'a decimal', cell: '12.5', figure: 12.5 },
  { description: 'a negative decimal', cell: '-3.25', figure: -3.25 },
  { description: 'no whole part', cell: '.5', figure: 0.5 },
  { description: 'leading zeros', cell: '007', figure: 7 },
  { description: 'a quoted decimal', cell: '"12.5"', figure: 12.5 },
  { description: 'thousands grouped, quoted', cell: '"1,234.5"', figure: 1234.5 },
  { description: 'spaces around', cell: ' 12 ', figure: 12 },
  { description: 'a percent sign', cell: '12%', figure: 12 },
  { description: 'sixteen digits', cell: '1234567890123456', figure: 1234567890123456 },
  { description: 'a trailing decimal point', cell: '1.', figure: 1 },
  { description: 'a plus sign', cell: '+5', figure: 5 },
  { description: 'empty', cell: '', figure: null },
  { description: '".." for no figure', cell: '..', figure: null },
  { description: '"n/a" for no figure', cell: 'n/a', figure: null },
  { description: 'a lone minus for no figure', cell: '-', figure: null },
  { description: 'words', cell: 'abc', figure: null, issue: 'invalid_number' },
  { description: 'two decimal points', cell: '1.2.3', figure: null, issue: 'invalid_number' },
];

describe('wide figures, read in place or from strings', () => {
  for (const c of CASES) {
    it(c.description, () => {
      const [plain, parsed] = [false, true].map((papaparse) => {
        const result = load(wideFile(c.cell, papaparse), { kind: 'indicators' });
        const { report } = result;
        return {
          shape: report.reading?.shape,
          figures: rowsOf(result.dataset, ['country', 'year', 'value']).filter((r) => r.country === 'UZB').map((r) => [r.year, r.value]),
          issues: report.issues.filter((i) => i.line === 3).map((i) => [i.severity, i.code, i.message]),
          counts: [report.recordsRead, report.loaded, report.rejected, report.reading?.figures, report.reading?.missingFigures],
        };
      });
      expect(plain!.shape).toBe('wide_year');
      expect(plain).toEqual(parsed);
      expect(plain!.figures).toEqual(c.figure === null ? [[2001, 7]] : [[2000, c.figure], [2001, 7]]);
      expect(plain!.issues.map((i) => i[1])).toEqual(c.issue ? [c.issue] : []);
    });
  }
});

describe('wide figures, the columns each record repeats', () => {
  it('gives every figure its record\'s cells, the file\'s constants and the defaults (some are code 0)', () => {
    const text = 'Country Name,Country Code,Indicator Name,Indicator Code,2000,2001\nKazakhstan,KAZ,Share a,IND.A,1,\nUzbekistan,UZB,Share b,IND.B,3,4\n';
    const result = load(text, { kind: 'indicators', fileName: 'wb.csv' });
    expect(result.report.reading?.shape).toBe('wide_year');
    expect(rowsOf(result.dataset, ['indicator', 'unit', 'country', 'year', 'value', 'qualifier', 'source', 'status', 'note']).map(Object.values)).toEqual([
      ['Share a', 'percent', 'KAZ', 2000, 1, 'exact', 'wb.csv', 'reported', 'IND.A'],
      ['Share b', 'percent', 'UZB', 2000, 3, 'exact', 'wb.csv', 'reported', 'IND.B'],
      ['Share b', 'percent', 'UZB', 2001, 4, 'exact', 'wb.csv', 'reported', 'IND.B'],
    ]);
    expect(result.dataset?.lines).toEqual(Int32Array.from([2, 3, 3]));
  });
});


describe('wide figures that repeat a key', () => {
  const WB = 'Country Name,Country Code,Indicator Name,Indicator Code,2000,2001';
  const cases: readonly { description: string; input: string; options?: { kind: 'indicators' }; rows: number; counts: number[]; issues: (string | number | null)[][] }[] = [
    {
      description: 'two records with one country and indicator: the same figure merged, a different one refused',
      input: `${WB}\nKazakhstan,KAZ,Share a,IND.A,1,2\nKazakhstan,KAZ,Share a,IND.A,1,3\nUzbekistan,UZB,Share a,IND.A,5,\n`,
      options: { kind: 'indicators' }, rows: 3, counts: [3, 2, 1, 1],
      issues: [['duplicate_row', 3], ['conflicting_row', 3], ['assumed_unit', null]],
    },
    {
      description: 'one country, two indicators: nothing repeats',
      input: `${WB}\nKazakhstan,KAZ,Share a,IND.A,1,2\nKazakhstan,KAZ,Share b,IND.B,1,3\n`,
      options: { kind: 'indicators' }, rows: 4, counts: [2, 2, 0, 0],
      issues: [['assumed_unit', null]],
    },
    {
      description: 'wide by type: two records with one country and year',
      input: 'Country,Year,National UN Volunteers,International UN Volunteers\nKAZ,2020,3,4\nKAZ,2020,3,5\nKAZ,2021,1,\n',
      rows: 3, counts: [3, 2, 1, 1],
      issues: [['duplicate_row', 3], ['conflicting_row', 3], ['assumed_perspective', null]],
    },
  ];
  for (const c of cases) {
    it(c.description, () => {
      const { dataset, report } = load(c.input, c.options ?? {});
      expect(dataset?.rowCount).toBe(c.rows);
      expect([report.recordsRead, report.loaded, report.rejected, report.merged]).toEqual(c.counts);
      expect(report.issues.map((i) => [i.code, i.line])).toEqual(c.issues);
    });
  }
});
