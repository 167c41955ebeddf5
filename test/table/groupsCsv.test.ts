import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/data/writeCsv';
import { tEn } from '../../src/i18n/translate';
import { groupsCsv } from '../../src/table/groupsCsv';
import { headerLabel, valueLabel } from '../../src/table/labels';
import { buildTableModel } from '../../src/table/tableModel';
import { EMPTY_TABLE_STATE, type DataTableState } from '../../src/table/tableState';
import type { Dataset } from '../../src/data/types';
import { makeDataset, nameOf, placements, regionOf, searchTextOf, unvTable } from './makeDataset';

const headerOf = (id: string) => headerLabel(tEn, id);
const labelOf = (columnId: string, value: string) => valueLabel(tEn, columnId, value);

function lines(dataset: Dataset, patch: Partial<DataTableState>, visible: readonly string[]): string[][] {
  const m = buildTableModel({ dataset, nameOf, searchTextOf, regionOf, lang: 'en', labelOf }, { ...EMPTY_TABLE_STATE, ...patch });
  const table = groupsCsv(m, visible, headerOf, tEn);
  if (!table) throw new Error('not grouped');
  return Papa.parse<string[]>(writeCsv(table).slice(1), { skipEmptyLines: true }).data;
}

const VISIBLE = ['year', 'country', 'region', 'count', 'qualifier', 'status'];

describe('groupsCsv', () => {
  it('writes one line per group in the order shown, with rows, sum, the table\'s qualifier words and what is missing', () => {
    const [header, ...rows] = lines(placements(), { grouping: ['country'], sorting: [{ id: 'count', desc: true }] }, VISIBLE);
    expect(header).toEqual(['Country', 'Rows', 'Count: sum', 'Count: qualifier of the sum', 'Count: counts not published', 'World or regional rows not added']);
    expect(rows).toEqual([
      ['World', '1', '12840', 'exact', '0', '0'],
      ['Sub-Saharan Africa', '1', '5299', 'exact', '0', '0'],
      ['Uzbekistan', '1', '30', 'exact, illustrative', '0', '0'],
      ['Türkiye', '1', '12', 'more than', '0', '0'],
      ["Côte d'Ivoire", '1', '5', 'exact', '0', '0'],
      // Kazakhstan's two rows count differently and are of two types: no number, the reasons instead (sorted last).
      ['Kazakhstan', '2', '', 'not added: 2 ways of counting, 2 types and 2 goal tags', '', '0'],
      ['Russia', '1', '', 'no published counts', '1', '0'],
    ]);
  });

  it('says when world and regional rows are left out of a sum, or cannot be added at all', () => {
    const [, ...rows] = lines(placements(), { grouping: ['region'] }, VISIBLE);
    const byRegion = new Map(rows.map((r) => [r[0], r.slice(1)]));
    expect(byRegion.get('missing')).toEqual(['2', '', 'Not summed: the group mixes world and regional figures', '', '2']);
    const [, ...years] = lines(placements(), { grouping: ['year'] }, VISIBLE);
    expect(years.find((r) => r[0] === '2023')).toEqual(['2023', '5', '', 'not added: 2 ways of counting, totals with their parts and 3 goal tags', '', '2']);
  });

  it('writes the innermost groups of a nested grouping, each with all its grouping values and its sum of countries', () => {
    const [header, ...rows] = lines(unvTable(), { grouping: ['year', 'type', 'perspective'], sorting: [{ id: 'year', desc: true }, { id: 'type', desc: false }] }, VISIBLE);
    expect(header?.slice(0, 4)).toEqual(['Year', 'Type', 'Counted by', 'Rows']);
    expect(rows.map((r) => r.slice(0, 6))).toEqual([
      ['2023', 'International', 'Duty station', '2', '18', 'more than, partly illustrative'],
      ['2023', 'National', 'Duty station', '2', '105', 'about'],
      ['2023', 'Total', 'Duty station', '3', '123', 'more than'],
      ['2022', 'National', 'Duty station', '2', '80', 'exact'],
    ]);
    expect(rows.map((r) => r.at(-1))).toEqual(['0', '0', '1', '0']);
  });

  it('has no sum columns for hidden count columns, and nothing when the table is not grouped', () => {
    const [header] = lines(placements(), { grouping: ['country'] }, ['country', 'status']);
    expect(header).toEqual(['Country', 'Rows', 'World or regional rows not added']);
    const m = buildTableModel({ dataset: placements(), nameOf, searchTextOf, regionOf, lang: 'en', labelOf }, EMPTY_TABLE_STATE);
    expect(groupsCsv(m, VISIBLE, headerOf, tEn)).toBeNull();
  });

  it('neutralises a group value that a spreadsheet would run as a formula', () => {
    const dataset = makeDataset('delegates', { event_id: 'code', country: 'code', delegates: 'number' }, [
      { event_id: '=HYPERLINK("http://evil.example")', country: 'KAZ', delegates: 3 },
      { event_id: '@SUM(1+1)', country: 'UZB', delegates: 4 },
    ]);
    const [, ...rows] = lines(dataset, { grouping: ['event_id'] }, ['event_id', 'country', 'delegates']);
    expect(rows.map((r) => r[0]).sort()).toEqual(["'=HYPERLINK(\"http://evil.example\")", "'@SUM(1+1)"]);
  });
});
