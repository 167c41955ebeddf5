import { describe, expect, it } from 'vitest';
import { buildTableModel, tableColumnIds, type ModelState } from '../../src/table/tableModel';
import { codeValue } from '../../src/table/cellValue';
import { EMPTY_TABLE_STATE } from '../../src/table/tableState';
import { nameOf, placements, regionOf, searchTextOf, unvTable } from './makeDataset';

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
  const unv = (patch: Partial<ModelState>) => buildTableModel({ ...source, dataset: unvTable() }, { ...EMPTY_TABLE_STATE, ...patch });
  const one = (year: number, type: string) => [{ id: 'year', value: { min: year, max: year } }, { id: 'type', value: [type] }];

  it('sum countries only and count the aggregate rows left out', () => {
    const m = unv({ columnFilters: one(2023, 'total') });
    expect(m.totals.sums.count).toBe(75 + 48);
    expect(m.totals.aggregatesExcluded).toBe(1);
  });
  it('follow the filters', () => {
    expect(unv({ columnFilters: one(2022, 'national') }).totals.sums.count).toBe(80);
    expect(unv({ columnFilters: [...one(2022, 'national'), { id: 'country', value: ['UZB'] }] }).totals.sums.count).toBe(30);
  });
  it('are only as exact as their least exact part', () => {
    expect(unv({ columnFilters: one(2023, 'total') }).totals.qualifiers.count).toBe('at_least');
    expect(unv({ columnFilters: one(2023, 'national') }).totals.qualifiers.count).toBe('approx');
    expect(unv({ columnFilters: one(2022, 'national') }).totals.qualifiers.count).toBe('exact');
  });
  it('are not added across years, types or ways of counting, and say which', () => {
    const all = model({}).totals;
    expect(all.sums.count).toBeNaN();
    expect(all.mixes.map((m) => m.columnId)).toEqual(['year', 'perspective', 'type', 'sdg']);
    expect(unv({ columnFilters: [{ id: 'year', value: { min: 2023, max: 2023 } }] }).totals.mixes)
      .toEqual([{ columnId: 'type', values: 3, totalWithParts: true }]);
  });
});

describe('grouping', () => {
  it('groups by country with a row count per group, collapsed by default; a country over years and types is not added', () => {
    const m = model({ grouping: ['country'], sorting: [{ id: 'country', desc: false }] });
    expect(m.rows.length).toBe(7);
    const kaz = m.groups!.find((g) => g.value === 'KAZ')!;
    expect(kaz.rows.length).toBe(2);
    expect(kaz.sums.count).toBeNaN();
    expect(kaz.mixes.map((x) => x.columnId)).toEqual(['perspective', 'type', 'sdg']);
    // A group of one aggregate area sums that area when its rows share their key.
    expect(m.groups!.find((g) => g.value === 'WLD')!.sums.count).toBe(12840);
  });
  it('a year group adds nothing when its types differ; year, type and way of counting give sums of countries', () => {
    const byYear = buildTableModel({ ...source, dataset: unvTable() }, { ...EMPTY_TABLE_STATE, grouping: ['year'] }).groups!;
    expect(byYear.find((g) => g.value === '2023')!.sums.count).toBeNaN();
    expect(byYear.find((g) => g.value === '2022')!.sums.count).toBe(80);
    const nested = buildTableModel({ ...source, dataset: unvTable() }, { ...EMPTY_TABLE_STATE, grouping: ['year', 'type', 'perspective'] }).groups!;
    const y2023 = nested.find((g) => g.value === '2023')!;
    const leaf = (type: string) => y2023.children.find((g) => g.value === type)!.children[0]!;
    expect(leaf('national').sums.count).toBe(105);
    expect(leaf('international').sums.count).toBe(18);
    expect(leaf('total').sums.count).toBe(123);
    expect(leaf('total').aggregatesExcluded).toBe(1);
    expect(leaf('total').illustrative.count).toBe(0);
    expect(leaf('international').illustrative.count).toBe(1);
  });
  it('orders groups by their sum when sorted by a count column; groups that are not added sort last both ways', () => {
    const byType = (desc: boolean) => buildTableModel({ ...source, dataset: unvTable() }, {
      ...EMPTY_TABLE_STATE, grouping: ['type'], sorting: [{ id: 'count', desc }],
    }).groups!;
    // National mixes 2022 and 2023: no sum. International 18, total 123 (World left out).
    expect(byType(true).map((g) => g.value)).toEqual(['total', 'international', 'national']);
    expect(byType(false).map((g) => g.value)).toEqual(['international', 'total', 'national']);
    expect(byType(true).at(-1)!.sums.count).toBeNaN();
    const m = model({ grouping: ['region'], sorting: [{ id: 'count', desc: true }] });
    // The no-region group mixes World and a UNV region: not summed, so it sorts with the missing sums.
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
