// Which key columns a set of rows disagrees on. Rows that differ only in their country are disjoint and add
// up; rows of two years, a total beside its parts, or two ways of counting would count people twice.
import { codesOfValues } from '../digestRegistry';
import type { Lookups } from '../lookups';
import { numberSpan } from './numberSpan';

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

/** Integers spanning at most this many values are coded by value - min: one pass, no map. */
const DIRECT_SPAN = 1 << 12;

/**
 * Codes of a number column's values (equal values share a code; a missing value, NaN, is one value too). Codes
 * need not be dense: only whether rows share one is read, and `size` bounds them.
 */
function numberCodes(values: Float64Array): { codes: Int32Array; size: number } {
  const n = values.length;
  const codes = new Int32Array(n);
  const { min, max, integers } = numberSpan(values);
  if (integers && (min === Infinity || max - min < DIRECT_SPAN)) {
    const span = min === Infinity ? 0 : max - min + 1;
    for (let i = 0; i < n; i++) { const v = values[i]!; codes[i] = v === v ? v - min : span; }
    return { codes, size: span + 1 };
  }
  // Distinct values by an open-addressing table over typed arrays (a Map per row was most of a 1M-row total).
  let capacity = 1024;
  let keys = new Float64Array(capacity);
  let slots = new Int32Array(capacity).fill(-1);
  let size = 0;
  let nanCode = -1;
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const hash = (v: number): number => { bits[0] = v; return Math.imul(words[0]! ^ Math.imul(words[1]!, 0x85ebca6b), 0x9e3779b1) >>> 0; };
  const find = (v: number): number => {
    let h = hash(v) & (capacity - 1);
    while (slots[h]! >= 0 && keys[h] !== v) h = (h + 1) & (capacity - 1);
    return h;
  };
  let last = NaN;
  let lastCode = -1;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v === last) { codes[i] = lastCode; continue; } // runs of one value skip the table
    let code: number;
    if (v !== v) code = nanCode < 0 ? (nanCode = size++) : nanCode;
    else {
      const h = find(v === 0 ? 0 : v); // -0 and 0 are one value
      if (slots[h]! >= 0) code = slots[h]!;
      else {
        keys[h] = v === 0 ? 0 : v;
        slots[h] = code = size++;
        if (size * 2 > capacity) { // grow: rehash every key
          const oldKeys = keys, oldSlots = slots;
          capacity *= 2;
          keys = new Float64Array(capacity);
          slots = new Int32Array(capacity).fill(-1);
          for (let k = 0; k < oldKeys.length; k++) {
            if (oldSlots[k]! < 0) continue;
            const at = find(oldKeys[k]!);
            keys[at] = oldKeys[k]!;
            slots[at] = oldSlots[k]!;
          }
        }
      }
    }
    codes[i] = code;
    last = v;
    lastCode = code;
  }
  return { codes, size };
}

// Built once per lookups (a dataset in a language) and reused by every group and total.
const cache = new WeakMap<Lookups, readonly KeyCodes[]>();

/** The key columns of `lookups` as codes (number and goals columns coded once per array, or by the worker). */
export function keyCodes(lookups: Lookups): readonly KeyCodes[] {
  let keys = cache.get(lookups);
  if (keys) return keys;
  keys = lookups.specs.flatMap((spec): KeyCodes[] => {
    const column = lookups.columns[spec.id];
    if (!spec.sumKey || !column) return [];
    if (column.type === 'code') return [{ columnId: spec.id, codes: column.codes, size: column.dictionary.length, total: column.dictionary.indexOf('total') }];
    const codes = column.type === 'number'
      ? codesOfValues(column.values, () => numberCodes(column.values))
      : codesOfValues(column.masks, () => numberCodes(Float64Array.from(column.masks)));
    return [{ columnId: spec.id, ...codes, total: -1 }];
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
