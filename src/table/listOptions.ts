// The choices of a value-list filter: each distinct value of the column with its label, in collated order.
import type { Lookups } from './lookups';

export interface ListOption {
  readonly value: string;
  readonly label: string;
}

export function listOptions(lookups: Lookups, id: string, sdgLabel: (goal: number) => string, noneLabel: string): ListOption[] {
  const column = lookups.columns[id];
  if (!column) return [];
  if (column.type === 'goals') {
    // Distinct masks first (a few hundred), then their bits: not 32 tests for each of a million rows.
    let any = 0;
    let none = false;
    let last = -1;
    for (const m of column.masks) {
      if (m === last) continue;
      last = m;
      if (m === 0) none = true;
      any |= m;
    }
    const seen: number[] = [];
    for (let g = 1; g <= 32; g++) if (any & (1 << (g - 1))) seen.push(g);
    const goals = [...seen].sort((a, b) => a - b).map((g) => ({ value: String(g), label: sdgLabel(g) }));
    return none ? [...goals, { value: 'none', label: noneLabel }] : goals;
  }
  if (column.type === 'number') {
    const distinct = new Set<number>();
    let last = NaN;
    for (const v of column.values) {
      if (v === last || v !== v) continue; // runs of one value are common (a year); NaN is no option
      last = v;
      distinct.add(v);
    }
    const values = [...distinct].sort((a, b) => a - b);
    return values.map((v) => ({ value: String(v), label: String(v) }));
  }
  const lookup = lookups.codes[id];
  const codes = column.dictionary.map((_, c) => c);
  if (lookup) codes.sort((a, b) => lookup.rank[a]! - lookup.rank[b]!);
  return codes.map((c) => ({ value: column.dictionary[c]!, label: lookup?.display[c] ?? column.dictionary[c]! }));
}
