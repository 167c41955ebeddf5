// What a cell holds and how it reads: the same text in the table and in an exported CSV.
import type { Lookups } from './lookups';

/** Goals of a bitmask, ascending. */
export function goalsOf(mask: number): number[] {
  const goals: number[] = [];
  for (let g = 1; g <= 32; g++) if (mask & (1 << (g - 1))) goals.push(g);
  return goals;
}

/** Number for number columns (null when missing); the display text for every other column ("" when missing). */
export function cellValue(lookups: Lookups, id: string, i: number): number | string | null {
  const column = lookups.columns[id];
  if (!column) return '';
  if (column.type === 'number') { const v = column.values[i]!; return v === v ? v : null; }
  if (column.type === 'goals') return goalsOf(column.masks[i]!).join(', ');
  const c = column.codes[i]!;
  if (c < 0) return '';
  return lookups.codes[id]?.display[c] ?? column.dictionary[c] ?? '';
}

/** The raw dictionary value of a code column (a country's alpha-3, a status), or null. */
export function codeValue(lookups: Lookups, id: string, i: number): string | null {
  const column = lookups.columns[id];
  if (column?.type !== 'code') return null;
  const c = column.codes[i]!;
  return c < 0 ? null : column.dictionary[c] ?? null;
}

export function cellText(lookups: Lookups, id: string, i: number, number: Intl.NumberFormat): string {
  const value = cellValue(lookups, id, i);
  if (value === null) return '';
  return typeof value === 'number' && lookups.columns[id]?.type === 'number' && id !== 'year' ? number.format(value) : String(value);
}
