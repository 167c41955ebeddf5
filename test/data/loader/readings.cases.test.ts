// Files as they are published (OWID, UNdata, World Bank, registers, rosters): the exact figures each
// shape gives and the exact report lines.
import { describe, expect, it } from 'vitest';
import type { LoadIssue, LoadOptions, LoadReport } from '../../../src/data/types';
import { invariantHolds, load, rowsOf, type Cell } from './helpers';

interface Case {
  readonly description: string;
  readonly input: string | Uint8Array;
  readonly options?: Partial<LoadOptions>;
  readonly kind: LoadReport['kind'];
  readonly shape?: 'long' | 'wide_year' | 'wide_type' | 'microdata';
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** Every issue: [severity, code, line, message]. */
  readonly issues: readonly (readonly [LoadIssue['severity'], string, number | null, string])[];
  readonly report: Partial<Pick<LoadReport, 'recordsRead' | 'loaded' | 'rejected' | 'blank' | 'skipped'>>;
  readonly headerLine?: number;
}

const cases: readonly Case[] = [
  {
    description: 'OWID: Entity, Code, Year and a value column named after the indicator',
    input: 'Entity,Code,Year,Share of people who volunteered (%)\nKazakhstan,KAZ,2021,12.5\nUzbekistan,UZB,2021,9\nWorld,OWID_WRL,2021,19.25\n',
    kind: 'indicators', shape: 'long',
    columns: ['indicator', 'unit', 'country', 'year', 'value', 'source'],
    rows: [
      ['Share of people who volunteered (%)', 'percent', 'KAZ', 2021, 12.5, 'owid.csv'],
      ['Share of people who volunteered (%)', 'percent', 'UZB', 2021, 9, 'owid.csv'],
      ['Share of people who volunteered (%)', 'percent', 'WLD', 2021, 19.25, 'owid.csv'],
    ],
    options: { fileName: 'owid.csv' },
    issues: [
      ['warning', 'assumed_indicator', null, "No indicator column: the figures are named 'Share of people who volunteered (%)' after their column. Change it in the mapping."],
      ['warning', 'assumed_unit', null, "No unit column: the unit is taken as 'percent'. Change it in the mapping if it is another."],
    ],
    report: { recordsRead: 3, loaded: 3, rejected: 0, blank: 0 },
    headerLine: 1,
  },
  {
    description: 'UNdata: footnote column read as the note; the footnote table after the data is listed, not loaded',
    input: '"Country or Area","Year","Value","Value Footnotes"\n"Kazakhstan","2022","1500","1"\n"Tajikistan","2022","320",""\n\n"footnoteSeqID","Footnote"\n"1","Estimate."\n',
    options: { fileName: 'UNdata_Export_2024.csv' },
    kind: 'indicators', shape: 'long',
    columns: ['indicator', 'unit', 'country', 'year', 'value', 'note'],
    rows: [
      ['UNdata Export 2024', 'other', 'KAZ', 2022, 1500, '1'],
      ['UNdata Export 2024', 'other', 'TJK', 2022, 320, null],
    ],
    issues: [
      ['warning', 'assumed_indicator', null, "No indicator column: the figures are named 'UNdata Export 2024' after the file name. Change it in the mapping."],
      ['warning', 'assumed_unit', null, "No unit column: the unit is taken as 'other'. Change it in the mapping if it is another."],
      ['warning', 'trailer_lines', 5, "Lines 5-6 below the data look like notes or a footnote table and were not loaded: 5: 'footnoteSeqID,Footnote'; 6: '1,Estimate.'."],
    ],
    report: { recordsRead: 3, loaded: 2, rejected: 0, blank: 1, skipped: 2 },
  },
  {
    description: 'World Bank: metadata lines above the header, one column per year, name and code columns, empty years',
    input: [
      '"Data Source","World Development Indicators",',
      '',
      '"Last Updated Date","2024-06-28",',
      '',
      '"Country Name","Country Code","Indicator Name","Indicator Code","2019","2020","2021",',
      '"Kazakhstan","KAZ","Volunteers registered (per 1,000 people)","VOL.REG.P3","4.5","","5.25",',
      '"Kyrgyzstan","KGZ","Volunteers registered (per 1,000 people)","VOL.REG.P3","..","3","",',
      '',
    ].join('\n'),
    kind: 'indicators', shape: 'wide_year',
    columns: ['indicator', 'unit', 'country', 'year', 'value', 'note'],
    rows: [
      ['Volunteers registered (per 1,000 people)', 'per_1000', 'KAZ', 2019, 4.5, 'VOL.REG.P3'],
      ['Volunteers registered (per 1,000 people)', 'per_1000', 'KAZ', 2021, 5.25, 'VOL.REG.P3'],
      ['Volunteers registered (per 1,000 people)', 'per_1000', 'KGZ', 2020, 3, 'VOL.REG.P3'],
    ],
    issues: [
      ['warning', 'preamble_lines', 1, "Lines 1-3 above the header are titles or notes and were not loaded: 1: 'Data Source,World Development Indicators'; 3: 'Last Updated Date,2024-06-28'."],
      ['warning', 'unnamed_column', 5, 'Column 8 has no header; its cells were ignored.'],
      ['warning', 'assumed_unit', null, "No unit column: the unit is taken as 'per_1000'. Change it in the mapping if it is another."],
    ],
    report: { recordsRead: 2, loaded: 2, rejected: 0, blank: 0, skipped: 2 },
    headerLine: 5,
  },
  {
    description: 'organisations register with a year column: a year is a date',
    input: 'country,year,organisations\nKAZ,2023,680\nKAZ,2024,740\n',
    kind: 'organizations', shape: 'long',
    columns: ['country', 'date', 'count'],
    rows: [['KAZ', '2023', 680], ['KAZ', '2024', 740]],
    issues: [['warning', 'year_as_date', null, "The column 'year' is read as the date of each count (a year is a date)."]],
    report: { recordsRead: 2, loaded: 2, rejected: 0 },
  },
  {
    description: 'placements without perspective and type: counted where they serve, type total, both said',
    input: 'Country,Year,UN Volunteers\nKazakhstan,2023,41\nTotal,2023,41\n',
    kind: 'placements', shape: 'long',
    columns: ['year', 'country', 'perspective', 'type', 'count'],
    rows: [[2023, 'KAZ', 'duty_station', 'total', 41]],
    issues: [
      ['warning', 'assumed_perspective', null, 'No perspective column: every row is counted where the volunteers serve (duty station). Change it in the mapping if the file counts them by nationality.'],
      ['warning', 'assumed_type', null, 'No type column: every figure is read as the total of national and international UN Volunteers. Change it in the mapping if the figures are of one type.'],
      ['warning', 'total_row', 3, "Line 3 is a total row ('Total'); it was not loaded as a country (the app adds figures up itself)."],
    ],
    report: { recordsRead: 1, loaded: 1, rejected: 0, skipped: 1 },
  },
  {
    description: 'wide by type in Russian: one column per volunteer type becomes one figure per type',
    input: 'Страна;Год;Национальные добровольцы ООН;Международные добровольцы ООН\nКазахстан;2023;30;11\nКиргизия;2023;;4\n',
    kind: 'placements', shape: 'wide_type',
    columns: ['year', 'country', 'perspective', 'type', 'count'],
    rows: [[2023, 'KAZ', 'duty_station', 'national', 30], [2023, 'KAZ', 'duty_station', 'international', 11], [2023, 'KGZ', 'duty_station', 'international', 4]],
    issues: [['warning', 'assumed_perspective', null, 'No perspective column: every row is counted where the volunteers serve (duty station). Change it in the mapping if the file counts them by nationality.']],
    report: { recordsRead: 2, loaded: 2, rejected: 0 },
  },
  {
    description: 'microdata: one row per assignment, counted per year, country (both ways) and type',
    input: 'volunteer_id,duty_station,nationality,category,start_date\n1,KAZ,UZB,National UN Volunteer,2023-02-01\n2,KAZ,KAZ,National UN Volunteer,2023-05-10\n3,KAZ,TUR,International UN Volunteer,2023-07-01\n',
    kind: 'placements', shape: 'microdata',
    columns: ['year', 'country', 'perspective', 'type', 'count'],
    rows: [
      [2023, 'KAZ', 'duty_station', 'national', 2],
      [2023, 'UZB', 'nationality', 'national', 1],
      [2023, 'KAZ', 'nationality', 'national', 1],
      [2023, 'KAZ', 'duty_station', 'international', 1],
      [2023, 'TUR', 'nationality', 'international', 1],
    ],
    issues: [['warning', 'ignored_column', 1, "The column 'volunteer_id' is not read. Choose a field for it in the mapping if it holds one."]],
    report: { recordsRead: 3, loaded: 3, rejected: 0 },
  },
  {
    description: 'our own schema below a title line: the title is listed, the rows load as usual',
    input: 'UN Volunteers in Central Asia, 2023\n\nyear,country,perspective,type,count\n2023,KAZ,duty_station,national,30\n',
    kind: 'placements', shape: 'long',
    columns: ['year', 'country', 'type', 'count'],
    rows: [[2023, 'KAZ', 'national', 30]],
    issues: [['warning', 'preamble_lines', 1, "Lines 1-1 above the header are titles or notes and were not loaded: 1: 'UN Volunteers in Central Asia, 2023'."]],
    report: { recordsRead: 1, loaded: 1, skipped: 1 },
    headerLine: 3,
  },
  {
    description: 'a bad year cell of a wide table is refused with its column; the record\'s other figures load',
    input: 'Country,2020,2021\nKAZ,5,abc\n',
    options: { kind: 'indicators' },
    kind: 'indicators', shape: 'wide_year',
    columns: ['country', 'year', 'value'],
    rows: [['KAZ', 2020, 5]],
    issues: [
      ['warning', 'assumed_indicator', null, "No indicator column: the figures are named 'test' after the file name. Change it in the mapping."],
      ['warning', 'assumed_unit', null, "No unit column: the unit is taken as 'other'. Change it in the mapping if it is another."],
      ['error', 'invalid_number', 2, "'abc' is not a number; write digits such as 12.5, or leave the cell empty if there is no figure."],
    ],
    report: { recordsRead: 1, loaded: 0, rejected: 1 },
  },
];

describe('loadCsv: published shapes', () => {
  for (const c of cases) {
    it(c.description, () => {
      const result = load(c.input, c.options);
      expect(invariantHolds(result)).toBe(true);
      expect(result.report.failed).toBe(false);
      expect(result.report.kind).toBe(c.kind);
      if (c.shape) expect(result.report.reading?.shape).toBe(c.shape);
      if (c.headerLine) expect(result.report.reading?.headerLine).toBe(c.headerLine);
      expect(rowsOf(result.dataset, c.columns).map((row) => c.columns.map((name) => row[name]))).toEqual(c.rows);
      // The report lists issues by line, file-level ones last.
      const byLine = [...c.issues].sort((a, b) => (a[2] ?? Infinity) - (b[2] ?? Infinity));
      expect(result.report.issues.map((i) => [i.severity, i.code, i.line, i.message])).toEqual(byLine);
      expect(result.report).toMatchObject(c.report);
    });
  }
});

describe('loadCsv: files that are not CSV', () => {
  const cases: readonly [string, number[], string][] = [
    ['an Excel workbook', [0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('....[Content_Types].xml xl/workbook.xml')], 'This looks like an Excel workbook, not a CSV file. Open it with the Upload button, which reads it directly.'],
    ['a PDF', [...new TextEncoder().encode('%PDF-1.7\n\xff\xfe')], 'This looks like a PDF, not a CSV file. Export the table as CSV and load that.'],
    ['an old .xls workbook', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0], 'This looks like an old Excel workbook (.xls), not a CSV file. Save it as an Excel workbook (.xlsx) or as CSV and load that.'],
    ['a Word document (a zip naming word/)', [0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('....[Content_Types].xml ...._rels/.rels ....word/document.xml')], 'This looks like a Word document, not a CSV file. Export the table as CSV and load that.'],
    ['a PowerPoint presentation', [0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('....[Content_Types].xml ....ppt/presentation.xml')], 'This looks like a PowerPoint presentation, not a CSV file. Export the table as CSV and load that.'],
    ['an OpenDocument spreadsheet', [0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('mimetypeapplication/vnd.oasis.opendocument.spreadsheet')], 'This looks like an OpenDocument spreadsheet, not a CSV file. Save it as an Excel workbook (.xlsx) or as CSV and load that.'],
  ];
  for (const [what, bytes, message] of cases) {
    it(`${what} is named, never "invalid UTF-8"`, () => {
      const { report } = load(Uint8Array.from(bytes));
      expect(report.failed).toBe(true);
      expect(report.issues.map((i) => [i.code, i.message])).toEqual([['binary_file', message]]);
    });
  }
});
