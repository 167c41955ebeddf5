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
    const seen = new Set<number>();
    let none = false;
    for (const m of column.masks) {
      if (m === 0) none = true;
      for (let g = 1; g <= 32; g++) if (m & (1 << (g - 1))) seen.add(g);
    }
    const goals = [...seen].sort((a, b) => a - b).map((g) => ({ value: String(g), label: sdgLabel(g) }));
    return none ? [...goals, { value: 'none', label: noneLabel }] : goals;
  }
  if (column.type === 'number') {
    const values = [...new Set(column.values)].filter((v) => v === v).sort((a, b) => a - b);
    return values.map((v) => ({ value: String(v), label: String(v) }));
  }
  const lookup = lookups.codes[id];
  const codes = column.dictionary.map((_, c) => c);
  if (lookup) codes.sort((a, b) => lookup.rank[a]! - lookup.rank[b]!);
  return codes.map((c) => ({ value: column.dictionary[c]!, label: lookup?.display[c] ?? column.dictionary[c]! }));
}
