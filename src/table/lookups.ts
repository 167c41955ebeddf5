// Per-dictionary tables computed once per dataset and language: display text and sort rank of every code.
import type { Column } from '../data/types';
import { isAggregate } from '../data/aggregates';
import type { TableColumn } from './columns';

export interface CodeLookup {
  /** Display text per dictionary code. */
  readonly display: readonly string[];
  /** Position of each code when sorted by display text (collated for the language). */
  readonly rank: Int32Array;
}

export interface Lookups {
  readonly columns: Readonly<Record<string, Column>>;
  readonly specs: readonly TableColumn[];
  readonly codes: Readonly<Record<string, CodeLookup>>;
  /** Per country-dictionary code: 1 when the code is an aggregate area (WLD, UNV-*). Empty when no country column. */
  readonly aggregate: Uint8Array;
  readonly countryId: string | null;
  readonly lang: string;
}

export interface LookupOptions {
  readonly lang: string;
  readonly nameOf: (code: string) => string;
  /** Display label of an enum value of a column (status, type, perspective, qualifier...). */
  readonly labelOf: (columnId: string, value: string) => string;
  readonly isAggregate?: (code: string) => boolean;
}

function rankOf(display: readonly string[], collator: Intl.Collator): Int32Array {
  const order = display.map((_, i) => i).sort((a, b) => collator.compare(display[a]!, display[b]!) || a - b);
  const rank = new Int32Array(display.length);
  order.forEach((code, position) => { rank[code] = position; });
  return rank;
}

export function buildLookups(columns: Readonly<Record<string, Column>>, specs: readonly TableColumn[], options: LookupOptions): Lookups {
  const collator = new Intl.Collator(options.lang, { numeric: true, sensitivity: 'base' });
  const codes: Record<string, CodeLookup> = {};
  let aggregate = new Uint8Array(0);
  let countryId: string | null = null;
  const aggregateTest = options.isAggregate ?? isAggregate;
  for (const spec of specs) {
    const column = columns[spec.id];
    if (column?.type !== 'code') continue;
    const display = column.dictionary.map((value) =>
      spec.role === 'country' ? options.nameOf(value)
        : spec.role === 'status' || spec.role === 'enum' ? options.labelOf(spec.id, value)
          : value);
    codes[spec.id] = { display, rank: rankOf(display, collator) };
    if (spec.role === 'country' && countryId === null) {
      countryId = spec.id;
      aggregate = Uint8Array.from(column.dictionary, (code) => (aggregateTest(code) ? 1 : 0));
    }
  }
  return { columns, specs, codes, aggregate, countryId, lang: options.lang };
}

/** True when row i is an aggregate area (never summed with countries). */
export function isAggregateRow(lookups: Lookups, i: number): boolean {
  if (!lookups.countryId) return false;
  const column = lookups.columns[lookups.countryId];
  if (column?.type !== 'code') return false;
  const code = column.codes[i]!;
  return code >= 0 && lookups.aggregate[code] === 1;
}
