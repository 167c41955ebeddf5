// Which columns the table shows for a dataset, in what order, and how each one filters, sums and groups.
import type { CodeColumn, Column, Dataset, DatasetKind } from '../data/types';
import { SCHEMAS } from '../data/schemas';

export type ColumnRole = 'country' | 'region' | 'number' | 'year' | 'enum' | 'goals' | 'status' | 'text' | 'date' | 'url';
export type FilterKind = 'text' | 'range' | 'list';

export interface TableColumn {
  readonly id: string;
  readonly role: ColumnRole;
  readonly filter: FilterKind;
  /** Count columns: summed in totals and group rows. */
  readonly summable: boolean;
  readonly groupable: boolean;
  /** A key column other than the country: a sum adds only rows that share its value (one year, one type...). */
  readonly sumKey: boolean;
  readonly align: 'start' | 'end';
}

const ORDER: Readonly<Record<DatasetKind, readonly string[]>> = {
  events: ['event_id', 'name', 'start_date', 'end_date', 'host_country', 'region', 'city', 'delegates', 'delegates_qualifier',
    'countries', 'countries_qualifier', 'speakers', 'speakers_qualifier'],
  delegates: ['event_id', 'country', 'region', 'delegates', 'qualifier'],
  placements: ['year', 'country', 'region', 'perspective', 'type', 'sdg', 'count', 'qualifier'],
  organizations: ['country', 'region', 'date', 'count', 'qualifier'],
  indicators: ['indicator', 'year', 'country', 'region', 'value', 'unit', 'qualifier'],
};
const PROVENANCE = ['status', 'source', 'source_url', 'source_date', 'note'];
const COUNTRY_COLUMNS = new Set(['country', 'host_country']);
const ENUM_COLUMNS = new Set(['perspective', 'type', 'qualifier', 'delegates_qualifier', 'countries_qualifier', 'speakers_qualifier']);
const LIST_ENUMS = new Set(['perspective', 'type']);
// An indicator's value adds up only when its unit is a count (keyMixes says why rates do not).
const SUMMABLE = new Set(['count', 'delegates', 'speakers', 'value']);
const DATES = new Set(['start_date', 'end_date', 'date', 'source_date']);

/** The country column of a kind: host_country for events. */
export function countryColumnId(dataset: Dataset): string | null {
  if (dataset.columns.country) return 'country';
  if (dataset.columns.host_country) return 'host_country';
  return null;
}

function describe(id: string, column: Column): TableColumn {
  const base = { id, summable: false, groupable: false, sumKey: false, align: 'start' as const };
  if (column.type === 'goals') return { ...base, role: 'goals', filter: 'list', groupable: true };
  if (id === 'year') {
    return { ...base, role: 'year', filter: column.type === 'number' ? 'range' : 'list', groupable: true, align: column.type === 'number' ? 'end' : 'start' };
  }
  if (column.type === 'number') return { ...base, role: 'number', filter: 'range', summable: SUMMABLE.has(id), align: 'end' };
  if (COUNTRY_COLUMNS.has(id)) return { ...base, role: 'country', filter: 'list', groupable: true };
  if (id === 'region') return { ...base, role: 'region', filter: 'list', groupable: true };
  if (id === 'status') return { ...base, role: 'status', filter: 'list' };
  if (id === 'event_id') return { ...base, role: 'text', filter: 'text', groupable: true };
  if (id === 'source_url') return { ...base, role: 'url', filter: 'text' };
  if (ENUM_COLUMNS.has(id)) return { ...base, role: 'enum', filter: LIST_ENUMS.has(id) ? 'list' : 'text' };
  if (DATES.has(id)) return { ...base, role: 'date', filter: 'text' };
  return { ...base, role: 'text', filter: 'text' };
}

/**
 * The key columns a sum must not mix: the kind's key without its country. Rows that differ only in their
 * country are disjoint and add up; events have no country in their key (each row is one event), so none.
 */
export function sumKeyColumns(dataset: Dataset): string[] {
  const key = SCHEMAS[dataset.kind].key;
  const countryId = countryColumnId(dataset);
  return countryId !== null && key.includes(countryId) ? key.filter((id) => id !== countryId) : [];
}

/** Columns in display order: the kind's columns, then provenance, then anything else the dataset holds. */
export function tableColumns(dataset: Dataset, columns: Readonly<Record<string, Column>>): TableColumn[] {
  const ids = [...ORDER[dataset.kind], ...PROVENANCE];
  for (const id of Object.keys(columns)) if (!ids.includes(id)) ids.push(id);
  const sumKeys = sumKeyColumns(dataset);
  return ids.flatMap((id) => {
    const column = columns[id];
    if (!column) return [];
    const spec = describe(id, column);
    // Grouping by a key column is how a user gets sums that add: every key column can be grouped.
    return [sumKeys.includes(id) ? { ...spec, sumKey: true, groupable: true } : spec];
  });
}

// Per country codes: the last mapping and its region codes, so a table shown again does not redo the pass.
const regionCache = new WeakMap<Int32Array, { map: Int32Array; codes: Int32Array }>();

function regionCodes(countryCodes: Int32Array, map: Int32Array): Int32Array {
  const hit = regionCache.get(countryCodes);
  if (hit && hit.map.length === map.length && hit.map.every((r, c) => r === map[c])) return hit.codes;
  const codes = new Int32Array(countryCodes.length);
  for (let i = 0; i < codes.length; i++) {
    const c = countryCodes[i]!;
    codes[i] = c < 0 ? -1 : map[c]!;
  }
  regionCache.set(countryCodes, { map, codes });
  return codes;
}

/** Adds a virtual "region" code column derived from the country column when the caller knows regions. */
export function withRegion(dataset: Dataset, regionOf: ((code: string) => string | undefined) | undefined): Readonly<Record<string, Column>> {
  const countryId = countryColumnId(dataset);
  const country = countryId ? dataset.columns[countryId] : undefined;
  if (!regionOf || !country || country.type !== 'code' || dataset.columns.region) return dataset.columns;
  const dictionary: string[] = [];
  const index = new Map<string, number>();
  const map = Int32Array.from(country.dictionary, (code) => {
    const region = regionOf(code);
    if (!region) return -1;
    let at = index.get(region);
    if (at === undefined) {
      at = dictionary.length;
      dictionary.push(region);
      index.set(region, at);
    }
    return at;
  });
  const codes = regionCodes(country.codes, map);
  const region: CodeColumn = { type: 'code', codes, dictionary };
  return { ...dataset.columns, region };
}
