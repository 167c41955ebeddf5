import { describe, expect, it } from 'vitest';
import { buildTableModel } from '../../src/table/tableModel';
import { sumState } from '../../src/table/sumState';
import { EMPTY_TABLE_STATE, type DataTableState } from '../../src/table/tableState';
import { delegates, nameOf, placements, regionOf, searchTextOf, unvTable } from './makeDataset';
import type { Dataset } from '../../src/data/types';

const labelOf = (_: string, value: string) => value;
const model = (dataset: Dataset, patch: Partial<DataTableState> = {}) =>
  buildTableModel({ dataset, nameOf, searchTextOf, regionOf, lang: 'en', labelOf }, { ...EMPTY_TABLE_STATE, ...patch });

describe('sumState', () => {
  const cases: ReadonlyArray<{ description: string; dataset: Dataset; patch?: Partial<DataTableState>; id: string; expected: ReturnType<typeof sumState> }> = [
    { description: 'no row has a count: "no published counts", not an empty cell',
      dataset: delegates(), id: 'delegates', expected: { kind: 'notPublished' } },
    { description: 'some rows without a count: the sum of the others and how many are missing',
      dataset: delegates([null, 12, 40]), id: 'delegates', expected: { kind: 'sum', value: 52, qualifier: 'approx', missing: 1, added: 2, illustrative: 0, aggregatesExcluded: 0 } },
    { description: 'every count there: nothing missing',
      dataset: unvTable(), patch: { columnFilters: [{ id: 'year', value: { min: 2022, max: 2022 } }] }, id: 'count',
      expected: { kind: 'sum', value: 80, qualifier: 'exact', missing: 0, added: 2, illustrative: 0, aggregatesExcluded: 0 } },
    { description: 'an illustrative part: the sum says how many',
      dataset: unvTable(), patch: { columnFilters: [{ id: 'year', value: { min: 2023, max: 2023 } }, { id: 'type', value: ['international'] }] }, id: 'count',
      expected: { kind: 'sum', value: 18, qualifier: 'at_least', missing: 0, added: 2, illustrative: 1, aggregatesExcluded: 0 } },
    { description: 'a total beside its parts: not added, and why',
      dataset: unvTable(), patch: { columnFilters: [{ id: 'year', value: { min: 2023, max: 2023 } }] }, id: 'count',
      expected: { kind: 'notAddable', mixes: [{ columnId: 'type', values: 3, totalWithParts: true }] } },
    { description: 'only world or regional rows: not added to the countries',
      dataset: placements(), patch: { columnFilters: [{ id: 'country', value: ['WLD'] }] }, id: 'count', expected: { kind: 'notAdded' } },
    { description: 'no rows at all',
      dataset: placements(), patch: { globalFilter: 'zzzz' }, id: 'count', expected: { kind: 'empty' } },
  ];
  it.each(cases)('totals: $description', ({ dataset, patch, id, expected }) => {
    expect(sumState(model(dataset, patch).totals, id)).toEqual(expected);
  });

  it('groups: a country whose rows have no count says so; a group of World and a region is not added', () => {
    const byCountry = model(placements(), { grouping: ['country'] }).groups!;
    expect(sumState(byCountry.find((g) => g.value === 'RUS')!, 'count')).toEqual({ kind: 'notPublished' });
    expect(sumState(byCountry.find((g) => g.value === 'WLD')!, 'count')).toMatchObject({ kind: 'sum', value: 12840 });
    const byRegion = model(placements(), { grouping: ['region'] }).groups!;
    expect(sumState(byRegion.find((g) => g.value === '')!, 'count')).toEqual({ kind: 'notAdded' });
    expect(sumState(byRegion.find((g) => g.value === 'Europe')!, 'count')).toEqual({ kind: 'notPublished' });
  });
});
