// Table engine timings on a loaded dataset (npm run bench imports this): median sort and filter times.
//   tableSortMs:   count descending, then country by name (multi-column sort of every row, keys built each run)
//   tableFilterMs: a country value list + a count range + a global search, over every row
//   tableGroupMs:  group every row by country, with each group's sums (no floor: reported for planning)
import type { Dataset } from '../../src/data/types';
import { buildLookups } from '../../src/table/lookups';
import { filterStage, groupStage, prepareColumns } from '../../src/table/tableModel';
import { sortRows } from '../../src/table/engine/sortRows';

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
}

function time(run: () => unknown): number {
  const times: number[] = [];
  for (let k = 0; k < RUNS; k++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function bench(dataset: Dataset): Promise<Record<string, number>> {
  const nameOf = (code: string) => code;
  const source = { dataset, nameOf, searchTextOf: nameOf, lang: 'en', labelOf: (_: string, v: string) => v };
  const { columns, specs } = prepareColumns(dataset);
  const lookups = buildLookups(columns, specs, source);
  const all = filterStage(lookups, dataset.rowCount, { columnFilters: [], globalFilter: '' }, source);
  const countryId = lookups.countryId ?? 'country';
  const country = columns[countryId];
  const someCountries = country?.type === 'code' ? country.dictionary.filter((_, i) => i % 3 === 0) : [];
  const tableSortMs = time(() => sortRows(lookups, all, [{ id: 'count', desc: true }, { id: countryId, desc: false }], new Map()));
  const tableFilterMs = time(() => filterStage(lookups, dataset.rowCount, {
    columnFilters: [{ id: countryId, value: someCountries }, { id: 'count', value: { min: 10, max: 400 } }],
    globalFilter: 'a',
  }, source));
  const byCountry = sortRows(lookups, all, [{ id: countryId, desc: false }], new Map());
  const tableGroupMs = time(() => groupStage(lookups, byCountry, [countryId], []));
  return { tableSortMs, tableFilterMs, tableGroupMs };
}
