// Pure codecs between the table's sort/filter/search/grouping state and URL parameter values.
//   sort=-count~country          (- = descending; ~ separates columns, first = primary)
//   filter=country:KAZ|UZB~count:10..500~name*:astana   (list | range, open ends allowed | text contains)
//   q=any text                   group=country~year
// Values escape % ~ | (and . in list values) as %25 %7E %7C %2E. Invalid parts are dropped and reported, never thrown.
import type { ColumnFiltersState, SortingState } from '@tanstack/table-core';
import type { DataTableState, FilterValue, RangeFilter } from './tableState';
import { isListFilter, isRangeFilter } from './tableState';

export interface Decoded<T> {
  readonly value: T;
  /** Parts of the parameter that were ignored. */
  readonly invalid: readonly string[];
}

const ID = /^[A-Za-z0-9_]+$/;
const NUMBER = '-?\\d+(?:\\.\\d+)?';
const RANGE = new RegExp(`^(${NUMBER})?\\.\\.(${NUMBER})?$`);
const MAX_LENGTH = 2000;

function escape(text: string, dots: boolean): string {
  const escaped = text.replace(/[%~|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return dots ? escaped.replaceAll('.', '%2E') : escaped;
}

function unescape(text: string): string | null {
  try { return decodeURIComponent(text); } catch { return null; }
}

function known(id: string, columnIds: readonly string[] | undefined): boolean {
  return ID.test(id) && (!columnIds || columnIds.includes(id));
}

export function encodeSort(sorting: SortingState): string {
  return sorting.map((s) => `${s.desc ? '-' : ''}${s.id}`).join('~');
}

export function decodeSort(text: string, columnIds?: readonly string[]): Decoded<SortingState> {
  const value: { id: string; desc: boolean }[] = [];
  const invalid: string[] = [];
  if (text.length > MAX_LENGTH) return { value, invalid: [text] };
  for (const part of text.split('~')) {
    if (part === '') continue;
    const desc = part.startsWith('-');
    const id = desc ? part.slice(1) : part;
    if (!known(id, columnIds) || value.some((s) => s.id === id)) invalid.push(part);
    else value.push({ id, desc });
  }
  return { value, invalid };
}

function encodeValue(value: FilterValue): { op: ':' | '*:'; text: string } | null {
  if (isListFilter(value)) return value.length ? { op: ':', text: value.map((v) => escape(v, true)).join('|') } : null;
  if (isRangeFilter(value)) {
    if (value.min === null && value.max === null) return null;
    return { op: ':', text: `${value.min ?? ''}..${value.max ?? ''}` };
  }
  return value === '' ? null : { op: '*:', text: escape(value, false) };
}

export function encodeFilters(filters: ColumnFiltersState): string {
  return filters.flatMap((f) => {
    const encoded = encodeValue(f.value as FilterValue);
    return encoded ? [`${f.id}${encoded.op}${encoded.text}`] : [];
  }).join('~');
}

function decodeValue(op: string, text: string): FilterValue | null {
  if (op === '*') return unescape(text) || null;
  const range = RANGE.exec(text);
  if (range) {
    const filter: RangeFilter = { min: range[1] === undefined ? null : Number(range[1]), max: range[2] === undefined ? null : Number(range[2]) };
    if (filter.min === null && filter.max === null) return null;
    if (filter.min !== null && filter.max !== null && filter.min > filter.max) return null;
    return filter;
  }
  // A list value's dots are always escaped, so ".." here is a malformed range.
  if (text.includes('..')) return null;
  const values = text.split('|').map(unescape);
  if (values.some((v) => v === null || v === '')) return null;
  return values as string[];
}

export function decodeFilters(text: string, columnIds?: readonly string[]): Decoded<ColumnFiltersState> {
  const value: { id: string; value: FilterValue }[] = [];
  const invalid: string[] = [];
  if (text.length > MAX_LENGTH) return { value, invalid: [text] };
  for (const part of text.split('~')) {
    if (part === '') continue;
    const match = /^([^:*]+)(\*?):(.*)$/s.exec(part);
    const id = match?.[1] ?? '';
    const decoded = match ? decodeValue(match[2]!, match[3]!) : null;
    if (!match || decoded === null || !known(id, columnIds) || value.some((f) => f.id === id)) invalid.push(part);
    else value.push({ id, value: decoded });
  }
  return { value, invalid };
}

/** The global search as it goes in q=; blank means no parameter. */
export function encodeSearch(query: string): string {
  return query.trim();
}

export function decodeSearch(text: string): Decoded<string> {
  return text.length > MAX_LENGTH ? { value: '', invalid: [text] } : { value: text.trim(), invalid: [] };
}

export function encodeGrouping(grouping: readonly string[]): string {
  return grouping.join('~');
}

export function decodeGrouping(text: string, columnIds?: readonly string[]): Decoded<string[]> {
  const value: string[] = [];
  const invalid: string[] = [];
  for (const id of text.split('~')) {
    if (id === '') continue;
    if (!known(id, columnIds) || value.includes(id)) invalid.push(id);
    else value.push(id);
  }
  return { value, invalid };
}

/** The four table parameters as the app's URL state carries them (raw strings; "" = absent). */
export interface TableUrlParams {
  readonly sort: string;
  readonly filter: string;
  readonly q: string;
  readonly group: string;
}

export type TableUrlState = Pick<DataTableState, 'sorting' | 'columnFilters' | 'globalFilter' | 'grouping'>;

/** URL strings -> table state; `columnIds` (see tableColumnIds) drops columns the dataset does not have. */
export function tableStateFromParams(params: TableUrlParams, columnIds?: readonly string[]): Decoded<TableUrlState> {
  const sorting = decodeSort(params.sort, columnIds);
  const columnFilters = decodeFilters(params.filter, columnIds);
  const globalFilter = decodeSearch(params.q);
  const grouping = decodeGrouping(params.group, columnIds);
  return {
    value: { sorting: sorting.value, columnFilters: columnFilters.value, globalFilter: globalFilter.value, grouping: grouping.value },
    invalid: [...sorting.invalid, ...columnFilters.invalid, ...globalFilter.invalid, ...grouping.invalid],
  };
}

export function paramsFromTableState(state: TableUrlState): TableUrlParams {
  return {
    sort: encodeSort(state.sorting),
    filter: encodeFilters(state.columnFilters),
    q: encodeSearch(state.globalFilter),
    group: encodeGrouping(state.grouping),
  };
}
