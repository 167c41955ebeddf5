// Load issues in every language: the English catalogue sentence rebuilt from an issue's params is the loader's
// own message, word for word (so the params are complete), and each translation fills every placeholder.
import { describe, expect, it } from 'vitest';
import { cellProblem } from '../../src/data/columnarMessages';
import { ERR_INVALID } from '../../src/data/convert';
import { loadCsv, MAX_LISTED_ISSUES } from '../../src/data/loadCsv';
import { tableBytes } from '../../src/data/tableText';
import type { LoadIssue, LoadOptions } from '../../src/data/types';
import { en, type MessageKey } from '../../src/i18n/en';
import { issueKey, issueMessage } from '../../src/i18n/issueMessage';
import { makeTranslate } from '../../src/i18n/translate';
import { fakeContext } from '../fixtures/fakeCountryResolver';
import { xlsx } from '../fixtures/xlsx';

const P = 'year,country,perspective,type,sdg,count,qualifier,status,source';
const OK = '2023,KAZ,nationality,total,,1,,,ok';
const placements = (...rows: string[]): string => [P, OK, ...rows].join('\n');
const E = 'event_id,name,start_date,end_date';
const O = 'country,date,count';

function load(input: string | Uint8Array, options: Partial<LoadOptions> = {}): LoadIssue[] {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return [...loadCsv(bytes, { fileName: 'test.csv', ...options }, fakeContext()).report.issues];
}

const invalidUtf8 = new Uint8Array([...new TextEncoder().encode(`${P}\n${OK}\n2023,KAZ,nationality,total,,5,,,caf`), 0xe9, 0x0a]);
const brokenUtf16 = new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]); // a lone high surrogate

/** Small bad files, together covering every issue the loader reports from a file. */
const files: readonly (readonly [string, string | Uint8Array, Partial<LoadOptions>?])[] = [
  ['invalid UTF-8', invalidUtf8],
  ['invalid UTF-16', brokenUtf16],
  ['too large, in bytes', 'x'.repeat(20), { maxBytes: 10 }],
  ['too large, in MB', new Uint8Array(1.5 * 1024 * 1024), { maxBytes: Math.round(1.2 * 1024 * 1024) }],
  ['empty', ''],
  ['unknown kind', 'a,b,c\n1,2,3\n'],
  ['missing column', 'year,country,perspective,count\n2023,KAZ,nationality,5\n'],
  ['duplicate column', 'year,country,Country,perspective,type,count\n'],
  ['two spellings of a column', 'year,country,iso3,perspective,type,count\n'],
  ['forbidden column', 'year,country,perspective,type,count,__proto__\n2023,KAZ,nationality,total,5,x\n'],
  ['header only', `${P}\n`],
  ['no row loads', `${P}\n2023,Atlantis,nationality,total,,1,,,x\n`],
  ['unknown and unnamed columns', 'year,country,perspective,type,count,region,\n2023,KAZ,nationality,total,5,Asia,x\n'],
  ['bad records', placements('2023,RUS,nationality,total', '2024,"KAZ,nationality,total,,1,,,x')],
  ['text after a closing quote', placements('2023,KAZ,nationality,total,,5,,,"UNV"x', '2023,RUS,nationality,total,,6,,,"y"')],
  ['bad cells', placements(
    '2023,,nationality,total,,1,,,x',
    '2023,Kazakstan,nationality,total,,1,,,x',
    '2023,Atlantis,nationality,total,,1,,,x',
    '2023,KAZ,nationality,total,,many,,,x',
    '2023,KAZ,nationality,total,,inf,,,x',
    '2023,KAZ,nationality,total,,-5,,,x',
    '2023,KAZ,nationality,total,,1.5,,,x',
    '2023,KAZ,nationality,total,,99999999999999999999,,,x',
    '2023,KAZ,nationality,total,,"1,23,4",,,x',
    'abc,KAZ,nationality,total,,1,,,x',
    '1800,KAZ,nationality,total,,1,,,x',
    '2023,KAZ,nationality,total,x,1,,,x',
    '2023,KAZ,nationality,total,18,1,,,x',
    '2023,KAZ,nationality,total,,1,lots,,x',
    '2023,KAZ,nationality,total,,1,,guess,x',
    '2023,KAZ,somewhere,total,,1,,,x',
    '2023,KAZ,nationality,partial,,1,,,x',
    `2023,${'Z'.repeat(100)},nationality,total,,1,,,x`,
  )],
  ['a decimal comma', `${P.replaceAll(',', ';')}\n2023;KAZ;nationality;total;;1,5;;;x\n`],
  ['bad dates', `${O}\nKAZ,May 2023,5\nKAZ,2023-13,5\nKAZ,2023,5\n`],
  ['end before start', `${E}\ne1,Forum,2024-05-02,2024-05-01\ne2,Forum,2024,2024\n`],
  ['repeated rows', placements('2024,KAZ,nationality,total,,1,,,ok', '2024,KAZ,nationality,total,,1,,,ok', '2024,KAZ,nationality,total,,2,,,ok')],
  ['an Excel workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('[Content_Types].xml xl/')])],
  ['a PDF', new TextEncoder().encode('%PDF-1.7')],
  ['an old .xls workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
  ['OWID: indicator named after its column, unit guessed', 'Entity,Code,Year,Volunteer rate (%)\nKazakhstan,KAZ,2021,1\nChina,CHN,2021,2\nIndia,IND,2021,3\nIran,IRN,2021,x\n'],
  ['UNdata: indicator named after the file, footnotes below, a total row', '"Country or Area","Year","Value"\nKazakhstan,2020,5\nTotal,2020,5\n\n"footnoteSeqID","Footnote"\n', { fileName: 'undata.csv' }],
  ['placements without perspective and type, below a title', 'UN Volunteers\nCountry,Year,UN Volunteers,Region\nKAZ,2020,5,x\n'],
  ['an organisations register by year', 'country,year,organisations\nKAZ,2023,680\n'],
  ['a unit that is not one', 'indicator,unit,country,year,value\nRate,percents,KAZ,2020,5\n'],
  ['a mapping that names a field the kind lacks, and one for other headers', 'country,year,count\nKAZ,2020,5\n', {
    reading: { kind: 'organizations', headerLine: 1, headers: ['country', 'year', 'count'], uses: ['field:country', 'field:year', 'field:count'], constants: {} },
  }],
  ['a mapping made for other headers', 'country,date,count\nKAZ,2020,5\n', {
    reading: { kind: 'organizations', headerLine: 1, headers: ['land', 'date', 'count'], uses: ['field:country', 'field:date', 'field:count'], constants: {} },
  }],
  ['more problems than are listed', [P, OK, ...Array.from({ length: MAX_LISTED_ISSUES + 3 }, () => '2023,KAZ,nationality,total,,-1,,,x')].join('\n')],
];

const fromFiles = files.flatMap(([, input, options]) => load(input, options));
// No column type reaches this fallback today; the loader still has the sentence, so the catalogue does too.
const textSpec = { name: 'note', type: 'text', required: false, nullable: true, aliases: [] } as const;
// Workbooks are turned into text before the CSV loader sees them; these are the reasons one cannot be.
const workbookIssue = async (bytes: Uint8Array, sheet?: string): Promise<LoadIssue> => {
  const table = await tableBytes(bytes, sheet);
  if (!('issue' in table)) throw new Error('the workbook was read');
  return table.issue;
};
const book = xlsx([{ name: 'Cover', rows: [['About']] }, { name: 'Data', rows: [['a', 'b'], [1, 2]] }]);
const fromWorkbooks = await Promise.all([
  workbookIssue(book, 'Data 2024'),
  workbookIssue(book.subarray(0, book.length - 40)),
  workbookIssue(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...[...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0])])),
]);
const issues = [...fromFiles, ...fromWorkbooks, cellProblem(textSpec, 'Note ', 'x', 'x', ERR_INVALID, 4, false, [])];

const CODES = [
  'invalid_encoding', 'file_too_large', 'empty_file', 'unknown_kind', 'missing_column', 'duplicate_column', 'forbidden_column',
  'no_rows', 'more_issues', 'unknown_column', 'unnamed_column', 'ragged_row', 'unclosed_quote', 'invalid_quotes', 'missing_value',
  'unknown_country', 'invalid_count', 'negative_count', 'fractional_count', 'count_too_large', 'ambiguous_number', 'invalid_year',
  'year_out_of_range', 'invalid_date', 'impossible_date', 'invalid_goal', 'goal_out_of_range', 'invalid_qualifier', 'invalid_status',
  'invalid_perspective', 'invalid_type', 'invalid_value', 'end_before_start', 'duplicate_row', 'conflicting_row',
  'binary_file', 'assumed_perspective', 'assumed_type', 'assumed_indicator', 'assumed_unit', 'year_as_date', 'total_row',
  'preamble_lines', 'trailer_lines', 'ignored_column', 'invalid_mapping', 'mapping_mismatch', 'invalid_number', 'invalid_unit',
  'unknown_sheet', 'unreadable_workbook', 'encrypted_workbook',
];

const tEn = makeTranslate('en');

describe('issueMessage', () => {
  it('is driven by bad files that raise every issue code the loader has', () => {
    expect([...new Set(issues.map((i) => i.code))].sort()).toEqual([...CODES].sort());
  });

  it('uses every sentence of the loadIssue catalogue (sizes and kind names are parts of sentences)', () => {
    const sentences = Object.keys(en).filter((k) => k.startsWith('loadIssue.') && !/^loadIssue\.(size|kind|binary)\./.test(k));
    expect([...new Set(issues.map(issueKey))].sort()).toEqual(sentences.sort());
  });

  it('in English is the loader\'s own message for every issue', () => {
    for (const issue of issues) {
      expect({ code: issue.code, text: issueMessage(issue, tEn) }).toEqual({ code: issue.code, text: issue.message });
    }
  });

  it.each(['ar', 'ru', 'kk'] as const)('in %s translates every issue and fills every placeholder', (lang) => {
    const t = makeTranslate(lang);
    for (const issue of issues) {
      const text = issueMessage(issue, t);
      expect(text, issue.code).not.toBe(issue.message);
      expect(text, `${issue.code}: ${text}`).not.toMatch(/\{\w+\}/);
    }
  });

  it('names the dataset kind, the sizes and the cell in the reader\'s language', () => {
    const ru = makeTranslate('ru');
    const unknownColumn = fromFiles.find((i) => i.code === 'unknown_column')!;
    expect(issueMessage(unknownColumn, ru)).toBe('Столбец «region» не относится к данным типа «назначения»; его ячейки пропущены.');
    const tooLarge = fromFiles.find((i) => i.code === 'file_too_large' && i.params?.maxBytes === 10)!;
    expect(issueMessage(tooLarge, ru)).toContain('Размер файла — 20 байт; загрузить можно файлы размером до 10 байт.');
    const long = fromFiles.find((i) => i.code === 'unknown_country' && String(i.params?.value).length === 100)!;
    expect(issueMessage(long, ru)).toContain(`«${'Z'.repeat(57)}...»`);
  });

  it('on a right-to-left page isolates each column list among the translated kind names', () => {
    const ar = makeTranslate('ar');
    const unknownKind = fromFiles.find((i) => i.code === 'unknown_kind')!;
    const text = issueMessage(unknownKind, ar, true);
    expect(text).toContain(`${ar('loadIssue.kind.placements')}: \u2068year, country, perspective, type, count\u2069`);
    // Without the flag (CSV reports) the lists are not isolated one by one.
    expect(issueMessage(unknownKind, ar)).not.toContain(': \u2068year');
  });

  it('groups large numbers for the reader', () => {
    const more = fromFiles.find((i) => i.code === 'more_issues')!;
    expect(more.params?.count).toBe(3);
    expect(issueMessage({ ...more, params: { count: 1234 } }, makeTranslate('ru'))).toMatch(/^Найдено ещё 1\s234 проблемы/);
  });

  it('falls back to the loader\'s English for an unknown code or an issue without the values its sentence needs', () => {
    const ru = makeTranslate('ru');
    const old: LoadIssue = { severity: 'error', code: 'unknown_country', line: 3, column: 'country', value: 'X', message: 'Unknown country.' };
    expect(issueMessage(old, ru)).toBe('Unknown country.');
    expect(issueMessage({ ...old, code: 'bad_count', params: { value: 'X' } }, ru)).toBe('Unknown country.');
    expect(issueMessage({ ...old, code: 'no_rows' }, ru)).toBe('Unknown country.');
  });
});

// Keys exist for every code listed (a typo in CODES or the catalogue shows here, not only as a coverage gap).
it('every code has a catalogue sentence', () => {
  for (const code of CODES) expect(Object.keys(en).some((k) => k === `loadIssue.${code}` || k.startsWith(`loadIssue.${code}.`)), code).toBe(true);
  expect(Object.keys(en).filter((k): k is MessageKey => k.startsWith('loadIssue.')).length).toBeGreaterThan(CODES.length);
});
