// Column filters and the global search over typed columns; returns the indices of the rows that pass.
import type { ColumnFiltersState } from '@tanstack/table-core';
import type { Column } from '../../data/types';
import type { Lookups } from '../lookups';
import { normalizeText } from '../normalizeText';
import { isListFilter, isRangeFilter } from '../tableState';

type RowTest = (i: number) => boolean;

export interface SearchOptions {
  /** Every name and alias of a country or aggregate code, any language, joined. */
  readonly searchTextOf: (code: string) => string;
}

function codeMatches(lookups: Lookups, id: string, column: Column & { type: 'code' }, accept: (value: string, display: string) => boolean): Uint8Array {
  const display = lookups.codes[id]?.display ?? column.dictionary;
  return Uint8Array.from(column.dictionary, (value, code) => (accept(value, display[code] ?? value) ? 1 : 0));
}

function goalMask(goals: readonly string[]): { mask: number; none: boolean } {
  let mask = 0;
  for (const g of goals) {
    const n = Number(g);
    if (Number.isInteger(n) && n >= 1 && n <= 32) mask |= 1 << (n - 1);
  }
  return { mask: mask >>> 0, none: goals.includes('none') };
}

function columnTest(lookups: Lookups, id: string, value: unknown): RowTest | null {
  const column = lookups.columns[id];
  if (!column) return null;
  if (column.type === 'number') {
    const values = column.values;
    if (isRangeFilter(value)) {
      const min = value.min ?? -Infinity;
      const max = value.max ?? Infinity;
      return (i) => { const v = values[i]!; return v >= min && v <= max; };
    }
    if (isListFilter(value)) {
      const accepted = new Set(value.map(Number));
      return (i) => accepted.has(values[i]!);
    }
    const needle = normalizeText(String(value));
    return (i) => { const v = values[i]!; return !Number.isNaN(v) && String(v).includes(needle); };
  }
  if (column.type === 'goals') {
    const masks = column.masks;
    const { mask, none } = goalMask(isListFilter(value) ? value : [String(value)]);
    return (i) => { const m = masks[i]!; return (m & mask) !== 0 || (none && m === 0); };
  }
  const codes = column.codes;
  let match: Uint8Array;
  if (isListFilter(value)) {
    const accepted = new Set(value);
    match = codeMatches(lookups, id, column, (v) => accepted.has(v));
  } else {
    const needle = normalizeText(typeof value === 'string' ? value : String(value));
    match = codeMatches(lookups, id, column, (v, display) => normalizeText(`${v} ${display}`).includes(needle));
  }
  return (i) => { const c = codes[i]!; return c >= 0 && match[c] === 1; };
}

function globalTest(lookups: Lookups, query: string, options: SearchOptions): RowTest | null {
  const needle = normalizeText(query.trim());
  if (!needle) return null;
  const tests: RowTest[] = [];
  for (const spec of lookups.specs) {
    const column = lookups.columns[spec.id];
    if (!column) continue;
    if (column.type === 'code') {
      const codes = column.codes;
      const match = codeMatches(lookups, spec.id, column, (value, display) => normalizeText(
        spec.role === 'country' ? `${value} ${display} ${options.searchTextOf(value)}` : `${value} ${display}`,
      ).includes(needle));
      if (match.includes(1)) tests.push((i) => { const c = codes[i]!; return c >= 0 && match[c] === 1; });
    } else if (column.type === 'number' && /^[\d.-]+$/.test(needle)) {
      const values = column.values;
      tests.push((i) => { const v = values[i]!; return !Number.isNaN(v) && String(v).includes(needle); });
    }
  }
  if (tests.length === 0) return () => false;
  return (i) => { for (const test of tests) if (test(i)) return true; return false; };
}

/** Row indices (ascending) that pass every column filter and, when set, the global search. */
export function filterRows(lookups: Lookups, rowCount: number, columnFilters: ColumnFiltersState, globalFilter: string, options: SearchOptions): Int32Array {
  const tests: RowTest[] = [];
  for (const filter of columnFilters) {
    const test = columnTest(lookups, filter.id, filter.value);
    if (test) tests.push(test);
  }
  const search = globalTest(lookups, globalFilter, options);
  if (search) tests.push(search);
  const out = new Int32Array(rowCount);
  let n = 0;
  if (tests.length === 0) {
    for (let i = 0; i < rowCount; i++) out[i] = i;
    return out;
  }
  if (tests.length === 1) {
    const only = tests[0]!;
    for (let i = 0; i < rowCount; i++) if (only(i)) out[n++] = i;
    return out.slice(0, n);
  }
  outer: for (let i = 0; i < rowCount; i++) {
    for (const test of tests) if (!test(i)) continue outer;
    out[n++] = i;
  }
  return out.slice(0, n);
}
