// Which sheet a workbook opens on in the review: the first holding a table, past covers, contents and notes.
import { describe, expect, it } from 'vitest';
import { proposeSheet, tableScore, type SheetCell, type SheetRows } from '../../src/data/proposeSheet';

const cover: SheetRows = { name: 'Cover', rows: [['Volunteers in Central Asia, 2024']] };
const notes: SheetRows = { name: 'Notes', rows: [['Notes'], [null], ['Figures are rounded.'], ['Source: UNV.']] };
const contents: SheetRows = { name: 'Contents', rows: [['Sheet', 'Holds'], ['Table 1', 'Volunteers by country']] };
const figures: SheetRows = { name: 'Table 1', rows: [['Volunteers by country'], [null, null], ['country', 'year', 'count'], ['KAZ', 2023, 31]] };
const empty: SheetRows = { name: 'Sheet3', rows: [] };

const cases: readonly { description: string; sheets: readonly SheetRows[]; expected: string | null }[] = [
  { description: 'a cover with one line of text, then the table: the table', sheets: [cover, figures], expected: 'Table 1' },
  { description: 'a contents list of text before the figures: the figures', sheets: [contents, figures], expected: 'Table 1' },
  { description: 'notes, an empty sheet, then the table: the table', sheets: [notes, empty, figures], expected: 'Table 1' },
  { description: 'tables of text only: the first of them', sheets: [cover, contents, { ...contents, name: 'Contents 2' }], expected: 'Contents' },
  { description: 'no table anywhere: the first sheet with anything in it', sheets: [empty, notes, cover], expected: 'Notes' },
  { description: 'nothing in any sheet: the first sheet', sheets: [empty, { ...empty, name: 'Sheet4' }], expected: 'Sheet3' },
  { description: 'no sheets at all: none', sheets: [], expected: null },
];

describe('proposeSheet', () => {
  for (const { description, sheets, expected } of cases) {
    it(description, () => expect(proposeSheet(sheets)).toBe(expected));
  }
});

describe('tableScore', () => {
  const rows: readonly { description: string; rows: readonly (readonly SheetCell[])[]; expected: 0 | 1 | 2 }[] = [
    { description: 'years as numbers in the header row', rows: [['Country', 2022, 2023], ['Kazakhstan', 10, 12]], expected: 2 },
    { description: 'dates in the data row', rows: [['event', 'start'], ['Forum', new Date('2024-05-01T00:00:00Z')]], expected: 2 },
    { description: 'blank rows between the header and the data do not count', rows: [['country', 'count'], [null, null], ['KAZ', 3]], expected: 2 },
    { description: 'a header alone', rows: [['country', 'count']], expected: 0 },
    { description: 'a header of numbers only is no header', rows: [[2022, 2023], [1, 2]], expected: 0 },
    { description: 'blank text cells are empty', rows: [['country', '  '], ['KAZ', 3]], expected: 0 },
    { description: 'text only', rows: [['name', 'role'], ['Aida', 'coordinator']], expected: 1 },
  ];
  for (const { description, rows: sheet, expected } of rows) {
    it(description, () => expect(tableScore(sheet)).toBe(expected));
  }
});
