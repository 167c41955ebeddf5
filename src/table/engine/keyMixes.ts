// Which key columns a set of rows disagrees on. Rows that differ only in their country are disjoint and add
// up; rows of two years, a total beside its parts, or two ways of counting would count people twice.
import type { Lookups } from '../lookups';

export interface KeyMix {
  readonly columnId: string;
  /** How many different values the rows hold (a missing value is one of them). */
  readonly values: number;
  /** A `type` mix that holds a total together with its parts (national, international). */
  readonly totalWithParts: boolean;
  /** Indicator rows in percent, per 1,000 or another unit than a count: never added, even one value alone. */
  readonly rates?: boolean;
}

/** A key column as dictionary codes (-1 = missing), so that counting its values in a group is one pass over bytes. */
interface KeyCodes {
  readonly columnId: string;
  readonly codes: Int32Array;
  readonly size: number;
  /** Code of the value "total" (type), or -1. */
  readonly total: number;
}

function numberCodes(values: Float64Array | Uint32Array): { codes: Int32Array; size: number } {
  const index = new Map<number, number>();
  const codes = new Int32Array(values.length);
  let last = NaN;
  let lastCode = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v === last) { // runs of one value (a year, no goal) skip the map
      codes[i] = lastCode;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) index.set(v, (code = index.size));
    codes[i] = code;
    last = v;
    lastCode = code;
  }
  return { codes, size: index.size };
}

// Built once per lookups (a dataset in a language) and reused by every group and total.
const cache = new WeakMap<Lookups, readonly KeyCodes[]>();

function keyCodes(lookups: Lookups): readonly KeyCodes[] {
  let keys = cache.get(lookups);
  if (keys) return keys;
  keys = lookups.specs.flatMap((spec): KeyCodes[] => {
    const column = lookups.columns[spec.id];
    if (!spec.sumKey || !column) return [];
    if (column.type === 'code') return [{ columnId: spec.id, codes: column.codes, size: column.dictionary.length, total: column.dictionary.indexOf('total') }];
    return [{ columnId: spec.id, ...numberCodes(column.type === 'number' ? column.values : column.masks), total: -1 }];
  });
  cache.set(lookups, keys);
  return keys;
}

function mixOf(key: KeyCodes, rows: ArrayLike<number>): KeyMix | null {
  if (rows.length < 2) return null;
  const codes = key.codes;
  const first = codes[rows[0]!]!;
  let r = 1;
  while (r < rows.length && codes[rows[r]!] === first) r++;
  if (r === rows.length) return null;
  // Slot 0 is a missing value (code -1).
  const seen = new Uint8Array(key.size + 1);
  seen[first + 1] = 1;
  for (; r < rows.length; r++) seen[codes[rows[r]!]! + 1] = 1;
  let values = 0;
  for (const s of seen) values += s;
  return { columnId: key.columnId, values, totalWithParts: key.columnId === 'type' && key.total >= 0 && seen[key.total + 1] === 1 };
}

/** Indicator rows whose unit is not a count (a percentage of two countries is not their sum). */
function ratesOf(lookups: Lookups, rows: ArrayLike<number>): KeyMix | null {
  const unit = lookups.columns.unit;
  if (unit?.type !== 'code') return null;
  const seen = new Set<number>();
  let rates = false;
  for (let r = 0; r < rows.length; r++) {
    const code = unit.codes[rows[r]!]!;
    seen.add(code);
    if (unit.dictionary[code] !== 'count') rates = true;
  }
  return rates ? { columnId: 'unit', values: seen.size, totalWithParts: false, rates: true } : null;
}

/** The key columns (other than the country) on which `rows` hold more than one value, in column order; then rates. */
export function keyMixes(lookups: Lookups, rows: ArrayLike<number>): KeyMix[] {
  const out: KeyMix[] = [];
  for (const key of keyCodes(lookups)) {
    const mix = mixOf(key, rows);
    if (mix) out.push(mix);
  }
  const rates = ratesOf(lookups, rows);
  if (rates) out.push(rates);
  return out;
}
