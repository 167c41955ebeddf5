// An Excel workbook becomes the CSV text of one sheet, read by read-excel-file from the minimal workbooks
// test/fixtures/xlsx.ts builds: the exact text, the sheet named, and a clear reason when none can be read.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { binaryKind } from '../../src/data/binaryKind';
import { tableBytes, type TableText } from '../../src/data/tableText';
import { workbookToCsv } from '../../src/data/workbookCsv';
import { xlsx, type XlsxSheet } from '../fixtures/xlsx';

const text = (table: TableText): string => {
  if (!('bytes' in table)) throw new Error(`not read: ${table.issue.message}`);
  return new TextDecoder().decode(table.bytes);
};

const cases: readonly { description: string; sheets: readonly XlsxSheet[]; sheet?: string; csv: string; read: string }[] = [
  {
    description: 'numbers as values, text quoted where CSV needs it, empty cells empty',
    sheets: [{ name: 'Data', rows: [['country', 'count', 'note'], ['Kazakhstan', 31, 'UNV, "Annual report"'], ['Uzbekistan', 7.25, null], [null, true, false]] }],
    csv: 'country,count,note\nKazakhstan,31,"UNV, ""Annual report"""\nUzbekistan,7.25,\n,true,false\n',
    read: 'Data',
  },
  {
    description: 'dates as ISO dates: midnight on 1 January stays that day, a time of day is dropped',
    sheets: [{ name: 'Dates', rows: [['country', 'date'], ['KAZ', { date: '2024-01-01' }], ['UZB', { date: '2023-06-30T18:45' }], ['TJK', { date: '1999-12-31' }]] }],
    csv: 'country,date\nKAZ,2024-01-01\nUZB,2023-06-30\nTJK,1999-12-31\n',
    read: 'Dates',
  },
  {
    description: 'formulas as the results Excel saved with the file, numbers and text',
    sheets: [{ name: 'Sums', rows: [['a', 'b', 'sum', 'label'], [2, 3, { formula: 'A2+B2', cached: 5 }, { formula: 'A2&"-"&B2', cached: '2-3' }]] }],
    csv: 'a,b,sum,label\n2,3,5,2-3\n',
    read: 'Sums',
  },
  {
    description: 'empty rows above the header are kept, so line n of the CSV is row n of the sheet',
    sheets: [{ name: 'Table', rows: [[null], ['Volunteers, 2023'], [], ['country', 'count'], ['KAZ', 31]] }],
    csv: ',\n"Volunteers, 2023",\n,\ncountry,count\nKAZ,31\n',
    read: 'Table',
  },
  {
    description: 'without a choice, the first sheet holding a table',
    sheets: [{ name: 'Cover', rows: [['Volunteers in Central Asia']] }, { name: 'Table', rows: [['country', 'count'], ['KAZ', 31]] }],
    csv: 'country,count\nKAZ,31\n',
    read: 'Table',
  },
  {
    description: 'a sheet chosen by name, even an empty one',
    sheets: [{ name: 'Table', rows: [['country', 'count'], ['KAZ', 31]] }, { name: 'Empty', rows: [] }],
    sheet: 'Empty',
    csv: '',
    read: 'Empty',
  },
];

describe('workbookToCsv', () => {
  for (const { description, sheets, sheet, csv, read } of cases) {
    it(description, async () => {
      const bytes = xlsx(sheets);
      expect(binaryKind(bytes)).toBe('xlsx');
      const table = await tableBytes(bytes, sheet);
      expect(text(table)).toBe(csv);
      expect(table.sheet).toEqual({ name: read, names: sheets.map((s) => s.name) });
    });
  }

  it('a sheet name the workbook lacks names the sheets it has', async () => {
    const table = await workbookToCsv(xlsx([{ name: 'Cover', rows: [['Hello']] }, { name: 'Data 2023', rows: [['a', 'b'], [1, 2]] }]), 'Data 2024');
    expect(table).toEqual({
      issue: {
        severity: 'error', code: 'unknown_sheet', line: null, column: null, value: null,
        message: "The workbook has no sheet named 'Data 2024'. Its sheets are: Cover, Data 2023.",
        params: { sheet: 'Data 2024', sheets: 'Cover, Data 2023' },
      },
      sheet: { name: null, names: ['Cover', 'Data 2023'] },
    });
  });
});

describe('workbooks that cannot be read', () => {
  const damaged = xlsx([{ name: 'Data', rows: [['a', 'b'], [1, 2]] }]);
  const cases: readonly { description: string; bytes: Uint8Array; code: string }[] = [
    { description: 'a workbook cut short (a download that stopped)', bytes: damaged.subarray(0, damaged.length - 40), code: 'unreadable_workbook' },
    {
      description: 'a zip that names [Content_Types].xml but holds no workbook',
      bytes: zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'docProps/app.xml': strToU8('<Properties/>') }),
      code: 'unreadable_workbook',
    },
    {
      description: 'a password-protected workbook (Office wraps it in the old compound format)',
      bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0), ...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])]),
      code: 'encrypted_workbook',
    },
  ];
  for (const { description, bytes, code } of cases) {
    it(`${description}: one clear reason, no stack trace`, async () => {
      const table = await tableBytes(bytes);
      if (!('issue' in table)) throw new Error('read');
      expect(table.issue.code).toBe(code);
      expect(table.issue.message).toMatch(/^This (Excel )?workbook .* load (that|it again)\.$/);
    });
  }
});
