// Bad and odd inputs, one row each: what the loader keeps (exact values) or refuses (exact line and column).
import { describe, expect, it } from 'vitest';
import type { DatasetKind, LoadIssue, LoadOptions, LoadReport } from '../../../src/data/types';
import { concatBytes, invariantHolds, load, rowsOf, utf16, type Cell } from './helpers';

interface Expected {
  readonly failed?: boolean;
  readonly kind?: DatasetKind | null;
  readonly delimiter?: LoadReport['delimiter'];
  readonly encoding?: LoadReport['encoding'];
  /** Compared on the columns named in the first row. */
  readonly rows?: readonly Record<string, Cell>[];
  /** The complete list of issues, in order (fields not given are not compared). */
  readonly issues?: readonly Partial<LoadIssue>[];
  readonly report?: Partial<Pick<LoadReport, 'recordsRead' | 'loaded' | 'rejected' | 'blank' | 'merged' | 'missingCells'>>;
}

interface Case {
  readonly description: string;
  readonly input: string | Uint8Array;
  readonly options?: Partial<LoadOptions>;
  readonly expected: Expected;
}

const P = 'year,country,perspective,type,sdg,count,qualifier,source';
const OK = '2023,CHN,nationality,total,,1,,ok'; // a good row, so a file with one bad row still loads
const BEFORE_BAD_BYTE = `${P}\n${OK}\n2023,KAZ,nationality,total,,5,,caf`;
const err = (code: string, line: number | null, column: string | null, value?: string | null): Partial<LoadIssue> =>
  value === undefined ? { severity: 'error', code, line, column } : { severity: 'error', code, line, column, value };

const cases: readonly Case[] = [
  {
    description: 'a clean placements row is normalised: goals bitmask, quoted thousands, qualifier words',
    input: `${P}\n2023,KAZ,duty_station,national,4|5,"1,234",at least,UNV report\n`,
    expected: {
      kind: 'placements', delimiter: ',', encoding: 'utf-8', issues: [], report: { recordsRead: 1, loaded: 1, rejected: 0 },
      rows: [{ year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'national', sdg: [4, 5], count: 1234, qualifier: 'at_least', source: 'UNV report', status: 'reported' }],
    },
  },
  {
    description: 'provenance defaults: source is the file name, empty qualifier is exact, status is reported',
    input: `${P}\n2023,KAZ,nationality,total,,7,,\n`,
    expected: { issues: [], rows: [{ source: 'test.csv', qualifier: 'exact', status: 'reported', sdg: [], source_url: null, note: null, count: 7 }] },
  },
  {
    description: 'headers match across case, spaces, "_" and "-", and through aliases',
    input: 'Year, Country Name ,PERSPECTIVE,placement-type,SDG,Volunteers,Qualifier,Source_Name\n2023,kazakhstan,Duty Station,International,SDG 4,12,about,X\n',
    expected: {
      kind: 'placements', issues: [],
      rows: [{ year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'international', sdg: [4], count: 12, qualifier: 'approx', source: 'X' }],
    },
  },
  {
    description: 'organizations through "nation", "as of" and "number"; partial ISO dates kept as written',
    input: 'nation,as of,number,note\nKAZ,2024-10,740,more than 740\nKAZ,2019,50,\nKAZ,2023-06-01,680,\n',
    expected: {
      kind: 'organizations', issues: [],
      rows: [
        { country: 'KAZ', date: '2024-10', count: 740, note: 'more than 740' },
        { country: 'KAZ', date: '2019', count: 50, note: null },
        { country: 'KAZ', date: '2023-06-01', count: 680, note: null },
      ],
    },
  },
  {
    description: 'delegates: an empty count means "took part, count not published": NaN and counted',
    input: 'event,country_code,participants\nE1,KAZ,\nE1,RUS,12\n',
    expected: {
      kind: 'delegates', issues: [], report: { missingCells: { delegates: 1 } },
      rows: [{ event_id: 'E1', country: 'KAZ', delegates: NaN }, { event_id: 'E1', country: 'RUS', delegates: 12 }],
    },
  },
  {
    description: 'event ids keep leading zeros; an end date before the start date is refused',
    input: 'event_id,name,start_date,end_date,host_country\n007,Forum,2023-06-20,2023-06-21,KAZ\n008,Rally,2024-10-04,2024-10-03,KAZ\n',
    expected: {
      kind: 'events',
      rows: [{ event_id: '007', name: 'Forum', start_date: '2023-06-20', end_date: '2023-06-21', host_country: 'KAZ' }],
      issues: [err('end_before_start', 3, 'end_date', '2024-10-03')],
    },
  },
  {
    description: 'events: qualifier columns read, absent count columns are NaN but not "missing cells"',
    input: 'event_id,name,start_date,delegates,delegates_qualifier\nE1,Rally,2024-10-03,450,more than\n',
    expected: { issues: [], report: { missingCells: {} }, rows: [{ delegates: 450, delegates_qualifier: 'at_least', countries: NaN, countries_qualifier: 'exact' }] },
  },
  {
    description: 'a header that fits no kind fails and lists the columns each kind needs',
    input: 'foo,bar\n1,2\n',
    expected: {
      failed: true, kind: null,
      issues: [{
        code: 'unknown_kind', line: 1, column: null,
        message: 'The headers (foo, bar) do not match any kind of dataset. Each kind needs these columns: events: event_id, name, start_date; delegates: event_id, country; placements: year, country, perspective, type, count; organizations: country, date, count; indicators: indicator, unit, country, year, value.',
      }],
    },
  },
  {
    description: 'a missing required column is named',
    input: 'year,country,perspective,count\n2023,KAZ,nationality,five\n',
    options: { kind: 'organizations' },
    expected: { failed: true, kind: 'organizations', issues: [err('missing_column', 1, 'date')] },
  },
  {
    description: 'placements without a type column are read as totals, and the report says so',
    input: 'year,country,perspective,count\n2023,KAZ,nationality,5\n',
    expected: {
      kind: 'placements', issues: [{ severity: 'warning', code: 'assumed_type', line: null, column: 'type' }],
      rows: [{ year: 2023, country: 'KAZ', perspective: 'nationality', type: 'total', count: 5 }],
    },
  },
  {
    description: 'a forced kind that the headers do not fit names every missing column',
    input: `${P}\n${OK}\n`,
    options: { kind: 'events' },
    expected: { failed: true, kind: 'events', issues: [err('missing_column', 1, 'event_id'), err('missing_column', 1, 'name'), err('missing_column', 1, 'start_date')] },
  },
  {
    description: 'duplicate headers are an error',
    input: 'year,country,Country,perspective,type,count\n',
    expected: { failed: true, issues: [{ ...err('duplicate_column', 1, 'Country'), message: "The columns 'country' and 'Country' have the same name. Keep one of them." }] },
  },
  {
    description: 'two spellings of one column are an error',
    input: 'year,country,iso3,perspective,type,count\n',
    expected: { failed: true, issues: [{ ...err('duplicate_column', 1, 'iso3'), message: "The columns 'country' and 'iso3' both mean 'country'. Keep one of them." }] },
  },
  {
    description: 'a "__proto__" header is refused',
    input: 'year,country,perspective,type,count,__proto__\n2023,KAZ,nationality,total,5,x\n',
    expected: { failed: true, issues: [err('forbidden_column', 1, '__proto__')] },
  },
  {
    description: 'a "constructor" header is refused',
    input: 'year,country,perspective,type,count,Constructor\n',
    expected: { failed: true, issues: [err('forbidden_column', 1, 'Constructor')] },
  },
  {
    description: 'an unknown extra column is a warning and its cells are ignored',
    input: `${P},region\n2023,KAZ,nationality,total,,5,,,Asia\n`,
    expected: { issues: [{ severity: 'warning', code: 'unknown_column', line: 1, column: 'region' }], report: { loaded: 1 } },
  },
  {
    description: 'ragged rows (too few, too many cells) are rejected at their line',
    input: `${P}\n${OK}\n2023,RUS,nationality,total\n2023,KAZ,nationality,total,,5,,,extra\n`,
    expected: {
      issues: [
        { ...err('ragged_row', 3, null, '2023,RUS,nationality,total'), params: { fields: 4, expected: 8 } },
        { ...err('ragged_row', 4, null), params: { fields: 9, expected: 8 } },
      ],
      report: { loaded: 1, rejected: 2 },
    },
  },
  {
    description: 'an unclosed quote is reported at the line where it opens',
    input: `${P}\n${OK}\n2023,KAZ,nationality,total,,5,,"UNV\n2023,RUS,nationality,total,,6,,x\n`,
    expected: { issues: [err('unclosed_quote', 3, null)], report: { recordsRead: 2, loaded: 1, rejected: 1 } },
  },
  {
    description: 'text after a closing quote is refused; the lines it swallowed belong to that record',
    input: `${P}\n${OK}\n2023,KAZ,nationality,total,,5,,"UNV"x\n2023,RUS,nationality,total,,6,,"y"\n2023,IND,nationality,total,,6,,z\n`,
    expected: { issues: [err('invalid_quotes', 3, null)], report: { recordsRead: 3, loaded: 2, rejected: 1 }, rows: [{ country: 'CHN' }, { country: 'IND' }] },
  },
  {
    description: 'a quote inside an unquoted cell is an ordinary character',
    input: `${P}\n2023,KAZ,nationality,total,,5,,ab"c\n`,
    expected: { issues: [], rows: [{ source: 'ab"c' }] },
  },
  {
    description: 'a forced delimiter is used as given',
    input: 'year|country\n',
    options: { delimiter: ';' },
    expected: { failed: true, delimiter: ';', issues: [{ code: 'unknown_kind', line: 1 }] },
  },
  {
    description: 'CRLF line ends: no stray CR in the last cell, lines counted',
    input: `${P}\r\n2023,KAZ,nationality,total,,5,,src\r\n\r\n2023,RUS,nationality,total,,x,,src\r\n`,
    expected: { rows: [{ country: 'KAZ', source: 'src' }], issues: [err('invalid_count', 4, 'count', 'x')], report: { blank: 1, loaded: 1, rejected: 1 } },
  },
  {
    description: 'CR-only line ends (old Mac files): lines counted',
    input: `${P}\r2023,KAZ,nationality,total,,5,,src\r\r2023,RUS,nationality,total,,x,,src\r`,
    expected: { rows: [{ country: 'KAZ', source: 'src' }], issues: [err('invalid_count', 4, 'count', 'x')], report: { blank: 1 } },
  },
  {
    description: 'newlines inside quoted cells are kept and advance the physical line number',
    input: `${P},note\n2023,KAZ,nationality,total,,5,,,"line one\nline two\nline three"\n2023,RUS,nationality,total,,bad,,,\n`,
    expected: { rows: [{ note: 'line one\nline two\nline three' }], issues: [err('invalid_count', 5, 'count', 'bad')] },
  },
  {
    description: 'HTML and spreadsheet formulas stay plain text, exactly as typed (outer spaces trimmed)',
    input: `${P},note\n2023,KAZ,nationality,total,,5,,"=HYPERLINK(""http://evil.example"",""x"")","  <img src=x onerror=alert(1)>  "\n`,
    expected: { issues: [], rows: [{ source: '=HYPERLINK("http://evil.example","x")', note: '<img src=x onerror=alert(1)>' }] },
  },
  {
    description: 'Arabic, Russian and Kazakh country names resolve to alpha-3',
    input: `${P}\n2023,كازاخستان,nationality,total,,1,,\n2023,Россия,nationality,total,,2,,\n2023,Қытай,nationality,total,,3,,\n`,
    expected: { issues: [], rows: [{ country: 'KAZ' }, { country: 'RUS' }, { country: 'CHN' }] },
  },
  {
    description: 'numeric codes keep their leading zeros and alpha-2 codes resolve',
    input: `${P}\n2023,004,nationality,total,,1,,\n2023,KZ,nationality,total,,2,,\n`,
    expected: { issues: [], rows: [{ country: 'AFG' }, { country: 'KAZ' }] },
  },
  {
    description: 'an unknown country is refused with a suggestion',
    input: `${P}\n${OK}\n2023,Kazakstan,nationality,total,,1,,\n`,
    expected: { issues: [{ ...err('unknown_country', 3, 'country', 'Kazakstan'), message: "Unknown country 'Kazakstan'. Did you mean 'Kazakhstan'?" }] },
  },
  {
    description: 'a UTF-8 BOM is stripped before the first header',
    input: `\uFEFF${P}\n2023,KAZ,nationality,total,,5,,\n`,
    expected: { encoding: 'utf-8', issues: [], rows: [{ year: 2023 }] },
  },
  {
    description: 'UTF-16 LE with a BOM',
    input: utf16(`${P}\n2023,Казахстан,nationality,total,,5,,Қазинформ\n`, true),
    expected: { encoding: 'utf-16le', issues: [], rows: [{ country: 'KAZ', source: 'Қазинформ' }] },
  },
  {
    description: 'UTF-16 BE with a BOM',
    input: utf16(`${P}\n2023,مصر,nationality,total,,5,,\n`, false),
    expected: { encoding: 'utf-16be', issues: [], rows: [{ country: 'EGY' }] },
  },
  {
    description: 'invalid UTF-8 fails and names the line of the first bad byte',
    input: concatBytes(BEFORE_BAD_BYTE, [0xe9], '\n'),
    expected: { failed: true, encoding: 'utf-8', issues: [{ code: 'invalid_encoding', line: 3, params: { line: 3, offset: BEFORE_BAD_BYTE.length, encoding: 'utf-8' } }] },
  },
  {
    description: 'windows-1252 on explicit request, with its own 0x80-0x9F (euro sign, curly quotes)',
    input: concatBytes(`${P}\n2023,KAZ,nationality,total,,5,,caf`, [0xe9, 0x20, 0x80, 0x20, 0x93, 0x78, 0x94], '\n'),
    options: { encoding: 'windows-1252' },
    expected: { encoding: 'windows-1252', issues: [], rows: [{ source: 'café € \u201cx\u201d' }] },
  },
  {
    description: 'semicolon files: decimal comma, so "1.234" is thousands and "1,5" a fraction; "4;5" quoted goals',
    input: 'year;country;perspective;type;sdg;count;qualifier;source\n2023;KAZ;nationality;total;"4;5";1.234;;src\n2023;RUS;nationality;total;;1,5;;src\n',
    expected: {
      delimiter: ';', rows: [{ sdg: [4, 5], count: 1234 }],
      issues: [{ ...err('fractional_count', 3, 'count', '1,5'), message: `'1,5' is not a whole number (in a semicolon-separated file "," is the decimal mark and "." separates thousands). Counts must be whole.` }],
    },
  },
  {
    description: 'tab-separated files',
    input: 'year\tcountry\tperspective\ttype\tcount\n2023\tKAZ\tnationality\ttotal\t"1,234"\n',
    expected: { delimiter: '\t', issues: [], rows: [{ country: 'KAZ', count: 1234 }] },
  },
  {
    description: 'thousands separators: comma, space, no-break and narrow no-break spaces, apostrophe',
    input: `${P}\n2023,KAZ,nationality,total,,"1,234",,\n2023,RUS,nationality,total,,1 234,,\n2023,CHN,nationality,total,,1\u202f234,,\n2023,IND,nationality,total,,1\u00a0234,,\n2023,IRN,nationality,total,,1'234,,\n2023,TUR,nationality,total,,"1,234,567",,\n`,
    expected: { issues: [], rows: [{ count: 1234 }, { count: 1234 }, { count: 1234 }, { count: 1234 }, { count: 1234 }, { count: 1234567 }] },
  },
  {
    description: 'misplaced or mixed thousands separators are refused, not guessed',
    input: `${P}\n${OK}\n2023,KAZ,nationality,total,,"12,34",,\n2023,RUS,nationality,total,,"1,234 567",,\n`,
    expected: { issues: [err('ambiguous_number', 3, 'count', '12,34'), err('ambiguous_number', 4, 'count', '1,234 567')] },
  },
  {
    description: 'missing markers (blank, NA, n/a, .., -, :, em dash) become NaN, never 0, and are counted',
    input: `${P}\n2023,KAZ,nationality,total,,,,\n2023,RUS,nationality,total,,NA,,\n2023,CHN,nationality,total,,n/a,,\n2023,IND,nationality,total,,..,,\n2023,IRN,nationality,total,,-,,\n2023,TUR,nationality,total,,:,,\n2023,UZB,nationality,total,,\u2014,,\n`,
    expected: { issues: [], report: { loaded: 7, missingCells: { count: 7 } }, rows: Array.from({ length: 7 }, () => ({ count: NaN })) },
  },
  {
    description: 'negative counts are refused',
    input: `${P}\n${OK}\n2023,KAZ,nationality,total,,-5,,\n`,
    expected: { issues: [{ ...err('negative_count', 3, 'count', '-5'), message: "'-5' is negative; a count cannot be below zero." }] },
  },
  {
    description: 'fractions are refused in comma files, "1.234" included',
    input: `${P}\n${OK}\n2023,KAZ,nationality,total,,12.5,,\n2023,RUS,nationality,total,,1.234,,\n`,
    expected: { issues: [err('fractional_count', 3, 'count', '12.5'), err('fractional_count', 4, 'count', '1.234')] },
  },
  {
    description: 'NaN and Infinity are not counts',
    input: `${P}\n${OK}\n2023,KAZ,nationality,total,,NaN,,\n2023,RUS,nationality,total,,Infinity,,\n`,
    expected: { issues: [err('invalid_count', 3, 'count', 'NaN'), err('invalid_count', 4, 'count', 'Infinity')] },
  },
  {
    description: 'counts above 2^53 are refused; 2^53 itself is kept',
    input: `${P}\n2023,KAZ,nationality,total,,9007199254740992,,\n2023,RUS,nationality,total,,9007199254740993,,\n`,
    expected: { rows: [{ count: 2 ** 53 }], issues: [err('count_too_large', 3, 'count', '9007199254740993')] },
  },
  {
    description: 'years must be whole and between 1900 and 2100',
    input: `${P}\n${OK}\n1899,KAZ,nationality,total,,1,,\n2023.5,KAZ,nationality,total,,1,,\n2101,KAZ,nationality,total,,1,,\n`,
    expected: { issues: [err('year_out_of_range', 3, 'year', '1899'), err('invalid_year', 4, 'year', '2023.5'), err('year_out_of_range', 5, 'year', '2101')] },
  },
  {
    description: 'dates must be real ISO partial dates',
    input: 'country,date,count\nKAZ,2024-02-29,1\nKAZ,2023-02-29,1\nKAZ,2024/01/01,1\nKAZ,2024-13,1\n',
    expected: {
      rows: [{ date: '2024-02-29' }],
      issues: [err('impossible_date', 3, 'date', '2023-02-29'), err('invalid_date', 4, 'date', '2024/01/01'), err('impossible_date', 5, 'date', '2024-13')],
    },
  },
  {
    description: 'enum cells are case-insensitive; qualifier words map to at_least and approx',
    input: `${P},status\n2020,KAZ,DUTY STATION,Total,,1,More than,,Illustrative\n2021,KAZ,duty-station,total,,1,>,,derived\n2022,KAZ,nationality,total,,1,~,,\n2023,KAZ,nationality,total,,1,almost,,\n2024,KAZ,nationality,total,,1,Approximately,,\n`,
    expected: {
      issues: [],
      rows: [
        { perspective: 'duty_station', type: 'total', qualifier: 'at_least', status: 'illustrative' },
        { perspective: 'duty_station', type: 'total', qualifier: 'at_least', status: 'derived' },
        { perspective: 'nationality', type: 'total', qualifier: 'approx', status: 'reported' },
        { perspective: 'nationality', type: 'total', qualifier: 'approx', status: 'reported' },
        { perspective: 'nationality', type: 'total', qualifier: 'approx', status: 'reported' },
      ],
    },
  },
  {
    description: 'unknown enum values are refused, naming the column',
    input: `${P},status\n${OK},\n2023,KAZ,host,total,,1,,,\n2023,KAZ,nationality,part-time,,1,,,\n2023,KAZ,nationality,total,,1,maybe,,\n2023,KAZ,nationality,total,,1,,,guess\n`,
    expected: {
      issues: [err('invalid_perspective', 3, 'perspective', 'host'), err('invalid_type', 4, 'type', 'part-time'), err('invalid_qualifier', 5, 'qualifier', 'maybe'), err('invalid_status', 6, 'status', 'guess')],
    },
  },
  {
    description: 'SDG spellings become a bitmask: "SDG 4", "Goal 13", "4;5" in a comma file, "1|17"',
    input: `${P}\n2020,KAZ,nationality,total,SDG 4,1,,\n2021,KAZ,nationality,total,Goal 13,1,,\n2022,KAZ,nationality,total,4;5,1,,\n2023,KAZ,nationality,total,1|17,1,,\n`,
    expected: { issues: [], rows: [{ sdg: [4] }, { sdg: [13] }, { sdg: [4, 5] }, { sdg: [1, 17] }] },
  },
  {
    description: 'goals outside 1..17 and words are refused',
    input: `${P}\n${OK}\n2023,KAZ,nationality,total,18,1,,\n2023,RUS,nationality,total,0,1,,\n2023,IND,nationality,total,four,1,,\n`,
    expected: { issues: [err('goal_out_of_range', 3, 'sdg', '18'), err('goal_out_of_range', 4, 'sdg', '0'), err('invalid_goal', 5, 'sdg', 'four')] },
  },
  {
    description: 'identical duplicate rows are merged with a warning citing both lines',
    input: `${P}\n2023,KAZ,nationality,total,4,5,,a\n${OK}\n2023,Kazakhstan,nationality,total,SDG 4,5,,a\n`,
    expected: {
      report: { loaded: 3, merged: 1 }, rows: [{ country: 'KAZ' }, { country: 'CHN' }],
      issues: [{ severity: 'warning', code: 'duplicate_row', line: 4, params: { earlierLine: 2, key: '2023, KAZ, nationality, total, SDG 4' } }],
    },
  },
  {
    description: 'conflicting duplicates: the later row is refused, citing both lines',
    input: `${P}\n2023,KAZ,nationality,total,,5,,a\n2023,KAZ,nationality,total,,6,,a\n`,
    expected: {
      report: { loaded: 1, rejected: 1 }, rows: [{ count: 5 }],
      issues: [{ ...err('conflicting_row', 3, null), message: 'Line 3 has the same key as line 2 (2023, KAZ, nationality, total, no SDG) but different values; line 3 was not loaded. Keep one of them.' }],
    },
  },
  {
    description: 'blank lines, whitespace-only and delimiter-only lines are skipped and counted',
    input: `${P}\n\n${OK}\n,,,,,,,\n   \n`,
    expected: { issues: [], report: { recordsRead: 4, blank: 3, loaded: 1 } },
  },
  {
    description: 'a row with several bad cells is refused once, with every problem listed',
    input: `${P}\n${OK}\n20x3,Atlantis,sideways,total,,-1,,\n`,
    expected: {
      report: { rejected: 1, loaded: 1 },
      issues: [err('invalid_year', 3, 'year', '20x3'), err('unknown_country', 3, 'country', 'Atlantis'), err('invalid_perspective', 3, 'perspective', 'sideways'), err('negative_count', 3, 'count', '-1')],
    },
  },
  {
    description: 'a required key cell left empty is refused',
    input: `${P}\n${OK}\n2023,,nationality,total,,1,,\n`,
    expected: { issues: [{ ...err('missing_value', 3, 'country', ''), message: 'The country cell is empty, but every row needs one.' }] },
  },
  {
    description: 'a file over the size cap is refused before parsing',
    input: `${P}\n${OK}\n`,
    options: { maxBytes: 10 },
    expected: { failed: true, issues: [{ code: 'file_too_large', line: null, message: `The file is ${P.length + OK.length + 2} bytes; files up to 10 bytes can be loaded. Split it or remove columns you do not need.` }] },
  },
  {
    description: 'an empty file fails',
    input: '\n\n',
    expected: { failed: true, issues: [err('empty_file', null, null)] },
  },
  {
    description: 'a header without rows fails',
    input: `${P}\n`,
    expected: { failed: true, kind: 'placements', issues: [{ ...err('no_rows', null, null), message: 'The file has a header but no rows of data.' }] },
  },
];

describe('loadCsv: bad and odd inputs', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));

  for (const { description, input, options, expected } of cases) {
    it(description, () => {
      const result = load(input, options);
      const { report, dataset } = result;
      expect(invariantHolds(result)).toBe(true);
      if (expected.failed !== undefined) expect(report.failed).toBe(expected.failed);
      expect(dataset === null).toBe(report.failed);
      if (expected.kind !== undefined) expect(report.kind).toBe(expected.kind);
      if (expected.delimiter !== undefined) expect(report.delimiter).toBe(expected.delimiter);
      if (expected.encoding !== undefined) expect(report.encoding).toBe(expected.encoding);
      if (expected.issues) {
        expect(report.issues).toHaveLength(expected.issues.length);
        expected.issues.forEach((issue, i) => expect(report.issues[i]).toMatchObject(issue));
      }
      if (expected.report) expect(report).toMatchObject(expected.report);
      if (expected.report?.missingCells) expect(report.missingCells).toEqual(expected.report.missingCells);
      if (expected.rows) {
        const columns = Object.keys(expected.rows[0] ?? {});
        expect(rowsOf(dataset, columns)).toEqual(expected.rows);
      }
    });
  }
});
