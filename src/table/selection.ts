// Selected rows -> the distinct country codes they are about (what the app writes to ?country=).
import type { RowSelectionState } from '@tanstack/table-core';
import type { Lookups } from './lookups';
import { codeValue } from './cellValue';

export function selectedCountries(lookups: Lookups, selection: RowSelectionState): string[] {
  if (!lookups.countryId) return [];
  const out = new Set<string>();
  for (const [id, on] of Object.entries(selection)) {
    const index = Number(id);
    if (!on || !Number.isInteger(index)) continue;
    const code = codeValue(lookups, lookups.countryId, index);
    if (code) out.add(code);
  }
  return [...out].sort();
}

/** Selection of every given row (the filtered rows), or of none when they are all selected already. */
export function toggleAll(selection: RowSelectionState, rows: Int32Array): RowSelectionState {
  const all = rows.length > 0 && rows.every((i) => selection[String(i)] === true);
  if (all) return {};
  const next: Record<string, true> = {};
  for (const i of rows) next[String(i)] = true;
  return next;
}
