import { describe, expect, it } from 'vitest';
import { buildTableModel, tableColumnIds, type ModelState } from '../../src/table/tableModel';
import { codeValue } from '../../src/table/cellValue';
import { EMPTY_TABLE_STATE } from '../../src/table/tableState';
import { nameOf, placements, regionOf, searchTextOf } from './makeDataset';

const dataset = placements();
const labelOf = (_: string, value: string) => value;
const source = { dataset, nameOf, searchTextOf, regionOf, lang: 'en', labelOf };

function model(patch: Partial<ModelState>) {
  return buildTableModel(source, { ...EMPTY_TABLE_STATE, ...patch });
}
function countries(patch: Partial<ModelState>): (string | null)[] {
  const m = model(patch);
  return [...m.order].map((i) => codeValue(m.lookups, 'country', i));
}

describe('sorting', () => {
  it('keeps file order without a sort', () => {
    expect(countries({})).toEqual(['KAZ', 'KAZ', 'UZB', 'TUR', 'WLD', 'UNV-SSA', 'CIV', 'RUS']);
  });
  it('sorts numbers descending with missing values last', () => {
    expect(countries({ sorting: [{ id: 'count', desc: true }] })).toEqual(['WLD', 'UNV-SSA', 'KAZ', 'UZB', 'TUR', 'KAZ', 'CIV', 'RUS']);
    expect(countries({ sorting: [{ id: 'count', desc: false }] }).at(-1)).toBe('RUS');
  });
  it('sorts countries by their displayed name, not their code', () => {
    // Côte d'Ivoire < Kazakhstan < Russia < Sub-Saharan Africa < Türkiye < Uzbekistan < World
    expect(countries({ sorting: [{ id: 'country', desc: false }] })).toEqual(['CIV', 'KAZ', 'KAZ', 'RUS', 'UNV-SSA', 'TUR', 'UZB', 'WLD']);
  });
  it('applies a second sort within ties of the first', () => {
    const m = model({ sorting: [{ id: 'year', desc: true }, { id: 'count', desc: false }] });
    const rows = [...m.order].map((i) => `${dataset.columns.year!.type === 'number' ? (dataset.columns.year as { values: Float64Array }).values[i] : ''}:${codeValue(m.lookups, 'country', i)}`);
    expect(rows).toEqual(['2023:KAZ', '2023:TUR', '2023:KAZ', '2023:UNV-SSA', '2023:WLD', '2022:CIV', '2022:UZB', '2021:RUS']);
  });
});

describe('column filters', () => {
  it('text filter: contains, case- and accent-insensitive', () => {
    expect(countries({ columnFilters: [{ id: 'source', value: 'astana' }] })).toEqual(['KAZ', 'KAZ']);
  });
  it('numeric range, inclusive, open ends allowed; missing values never match', () => {
    expect(countries({ columnFilters: [{ id: 'count', value: { min: 9, max: 65 } }] })).toEqual(['KAZ', 'KAZ', 'UZB', 'TUR']);
    expect(countries({ columnFilters: [{ id: 'count', value: { min: 1000, max: null } }] })).toEqual(['WLD', 'UNV-SSA']);
  });
  it('value list: any of the chosen codes', () => {
    expect(countries({ columnFilters: [{ id: 'country', value: ['UZB', 'CIV'] }] })).toEqual(['UZB', 'CIV']);
    expect(countries({ columnFilters: [{ id: 'status', value: ['illustrative', 'derived'] }] })).toEqual(['UZB', 'TUR']);
  });
  it('SDG list: rows tagged with any chosen goal; "none" picks untagged rows', () => {
    expect(countries({ columnFilters: [{ id: 'sdg', value: ['5'] }] })).toEqual(['KAZ', 'CIV']);
    expect(countries({ columnFilters: [{ id: 'sdg', value: ['none'] }] })).toEqual(['KAZ', 'WLD', 'UNV-SSA', 'RUS']);
  });
  it('region list (derived from the country)', () => {
    expect(countries({ columnFilters: [{ id: 'region', value: ['Asia'] }] })).toEqual(['KAZ', 'KAZ', 'UZB', 'TUR']);
  });
  it('filters combine with AND', () => {
    expect(countries({ columnFilters: [{ id: 'region', value: ['Asia'] }, { id: 'type', value: ['total'] }] })).toEqual(['UZB', 'TUR']);
  });
});

describe('global search', () => {
  it('ignores case and accents', () => {
    expect(countries({ globalFilter: 'TURKIYE' })).toEqual(['TUR']);
    expect(countries({ globalFilter: 'cote d' })).toEqual(['CIV']);
  });
  it('matches country names in other languages', () => {
    expect(countries({ globalFilter: 'Казахстан' })).toEqual(['KAZ', 'KAZ']);
    expect(countries({ globalFilter: 'كازاخستان' })).toEqual(['KAZ', 'KAZ']);
    expect(countries({ globalFilter: 'Өзбекстан' })).toEqual(['UZB']);
  });
  it('matches other text columns and numbers', () => {
    expect(countries({ globalFilter: 'annual report' })).toEqual(['WLD', 'UNV-SSA']);
    expect(countries({ globalFilter: '5299' })).toEqual(['UNV-SSA']);
  });
  it('finds nothing for text no cell holds', () => {
    expect(countries({ globalFilter: 'zzzz' })).toEqual([]);
  });
});

describe('totals', () => {
  it('sum countries only and count the aggregate rows left out', () => {
    const m = model({});
    expect(m.totals.sums.count).toBe(65 + 9 + 30 + 12 + 5);
    expect(m.totals.aggregatesExcluded).toBe(2);
  });
  it('follow the filters', () => {
    const m = model({ columnFilters: [{ id: 'year', value: { min: 2022, max: 2022 } }] });
    expect(m.totals.sums.count).toBe(35);
    expect(m.totals.aggregatesExcluded).toBe(0);
  });
  it('are only as exact as their least exact part', () => {
    // Turkey's 12 is "at least": the sum of every country is "more than", 2022 alone is exact.
    expect(model({}).totals.qualifiers.count).toBe('at_least');
    expect(model({ columnFilters: [{ id: 'year', value: { min: 2022, max: 2022 } }] }).totals.qualifiers.count).toBe('exact');
  });
});

describe('grouping', () => {
  it('groups by country with a row count and a sum per group, collapsed by default', () => {
    const m = model({ grouping: ['country'], sorting: [{ id: 'country', desc: false }] });
    expect(m.rows.length).toBe(7);
    const kaz = m.groups!.find((g) => g.value === 'KAZ')!;
    expect(kaz.rows.length).toBe(2);
    expect(kaz.sums.count).toBe(74);
    // A group of one aggregate area sums that area; it is not mixed with countries.
    expect(m.groups!.find((g) => g.value === 'WLD')!.sums.count).toBe(12840);
  });
  it('a year group sums its countries, never World or regions', () => {
    const m = model({ grouping: ['year'] });
    const y2023 = m.groups!.find((g) => g.value === '2023')!;
    expect(y2023.rows.length).toBe(5);
    expect(y2023.sums.count).toBe(65 + 9 + 12);
    expect(y2023.aggregatesExcluded).toBe(2);
  });
  it('orders groups by their sum when sorted by a count column', () => {
    const m = model({ grouping: ['region'], sorting: [{ id: 'count', desc: true }] });
    // The no-region group mixes World and a UNV region: not summed, so it sorts with the missing sums.
    expect(m.groups!.map((g) => g.value)).toEqual(['Asia', 'Africa', '', 'Europe']);
    expect(m.groups!.find((g) => g.value === '')!.sums.count).toBeNaN();
  });
  it('expanding a group shows its rows right below it, in sort order', () => {
    const m = model({ grouping: ['country'], sorting: [{ id: 'country', desc: false }], expanded: { 'country:KAZ': true } });
    expect(m.rows.length).toBe(9);
    const drawn = Array.from({ length: m.rows.length }, (_, k) => m.rows.at(k));
    expect(drawn.map((r) => (r.kind === 'group' ? `g:${r.group.value}` : `r:${r.index}`))).toEqual(
      ['g:CIV', 'g:KAZ', 'r:0', 'r:1', 'g:RUS', 'g:UNV-SSA', 'g:TUR', 'g:UZB', 'g:WLD']);
  });
  it('nests groups and a row with several SDGs appears under each', () => {
    const m = model({ grouping: ['sdg', 'country'], expanded: true });
    const g4 = m.groups!.find((g) => g.value === '4')!;
    expect(g4.children.map((c) => c.value).sort()).toEqual(['KAZ', 'TUR']);
    expect(m.groups!.find((g) => g.value === '5')!.children.map((c) => c.value).sort()).toEqual(['CIV', 'KAZ']);
    expect(m.groups!.find((g) => g.value === '')!.rows.length).toBe(4);
  });
  it('ignores grouping by a column that cannot be grouped', () => {
    expect(model({ grouping: ['count'] }).groups).toBeNull();
  });
});

describe('tableColumnIds', () => {
  it('lists the shown columns in order, with region only when regions are known', () => {
    expect(tableColumnIds(dataset, regionOf)).toEqual(['year', 'country', 'region', 'perspective', 'type', 'sdg', 'count', 'qualifier', 'status', 'source']);
    expect(tableColumnIds(dataset)).not.toContain('region');
  });
});
