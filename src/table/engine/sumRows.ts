// Sums of count columns over rows that may be added: countries only (World and UNV regions already include
// them), and only rows that agree on every key column but the country (see keyMixes.ts).
import type { Column, Qualifier } from '../../data/types';
import type { Lookups } from '../lookups';
import { qualifierIdOf } from '../figureQualifiers';
import { keyMixes, type KeyMix } from './keyMixes';

export interface ColumnSums {
  /** Sum per summable column id; NaN when nothing could be summed or the rows may not be added. */
  readonly sums: Readonly<Record<string, number>>;
  /** The weakest qualifier among the summed figures: "about" + "more than" rows make an "about" sum. */
  readonly qualifiers: Readonly<Record<string, Qualifier>>;
  /** Rows whose country is an aggregate area and were left out of the sums. */
  readonly aggregatesExcluded: number;
  /** Rows whose figures the sums take in (countries, or the single aggregate area of a group). */
  readonly counted: number;
  /** Per summable column id: how many counted rows have no figure (count not published). */
  readonly missing: Readonly<Record<string, number>>;
  /** Per summable column id: how many summed figures are illustrative (not published anywhere). */
  readonly illustrative: Readonly<Record<string, number>>;
  /** Key columns the counted rows disagree on (several years, a total with its parts...): when any, no sums. */
  readonly mixes: readonly KeyMix[];
}

// A sum is only as exact as its least exact part; approx outranks at_least (a sum with an estimate is an estimate).
const WEAKNESS: Readonly<Record<string, number>> = { exact: 0, at_least: 1, approx: 2 };

/** The qualifier column of a figure: events qualify each figure (`delegates_qualifier`), other kinds have one. */
function qualifierColumn(lookups: Lookups, id: string): Column | undefined {
  const qualifierId = qualifierIdOf(lookups.columns, id);
  return qualifierId === null ? undefined : lookups.columns[qualifierId];
}

function illustrativeCode(lookups: Lookups): { codes: Int32Array; code: number } | null {
  const status = lookups.columns.status;
  if (status?.type !== 'code') return null;
  const code = status.dictionary.indexOf('illustrative');
  return code < 0 ? null : { codes: status.codes, code };
}

/** The rows a sum takes in: the countries, or (when allowed) the rows of a single aggregate area and nothing else. */
function countedRows(lookups: Lookups, rows: ArrayLike<number>, allowSingleAggregate: boolean): { counted: ArrayLike<number>; aggregates: number } {
  const column = lookups.countryId ? lookups.columns[lookups.countryId] : undefined;
  if (column?.type !== 'code') return { counted: rows, aggregates: 0 };
  const codes = column.codes;
  const aggregate = lookups.aggregate;
  // Copied only once an aggregate row shows up: most sets are countries alone.
  let countries: Int32Array | null = null;
  let n = 0;
  let aggregateCode = -2;
  let mixedAggregates = false;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    const code = codes[i]!;
    if (code < 0 || aggregate[code] !== 1) {
      if (countries) countries[n] = i;
      n++;
      continue;
    }
    if (!countries) {
      countries = new Int32Array(rows.length);
      for (let k = 0; k < r; k++) countries[k] = rows[k]!;
    }
    if (aggregateCode === -2) aggregateCode = code;
    else if (aggregateCode !== code) mixedAggregates = true;
  }
  const aggregates = rows.length - n;
  if (allowSingleAggregate && n === 0 && aggregates > 0 && !mixedAggregates) return { counted: rows, aggregates: 0 };
  return { counted: countries ? countries.subarray(0, n) : rows, aggregates };
}

/**
 * Sums the rows of countries only. When `allowSingleAggregate` is set and the rows hold no country
 * but a single aggregate area (a group "World"), that area's rows are summed instead. Rows that disagree on a
 * key column other than the country are not added: every sum is NaN and `mixes` says why.
 */
export function sumRows(lookups: Lookups, rows: ArrayLike<number>, allowSingleAggregate: boolean): ColumnSums {
  const summable = lookups.specs.filter((s) => s.summable && lookups.columns[s.id]?.type === 'number');
  const { counted, aggregates } = countedRows(lookups, rows, allowSingleAggregate);
  const mixes = keyMixes(lookups, counted);
  const status = illustrativeCode(lookups);
  const sums: Record<string, number> = {};
  const qualifiers: Record<string, Qualifier> = {};
  const missing: Record<string, number> = {};
  const illustrative: Record<string, number> = {};
  for (const spec of summable) {
    const column = lookups.columns[spec.id];
    if (column?.type !== 'number') continue;
    if (mixes.length > 0) {
      sums[spec.id] = NaN;
      qualifiers[spec.id] = 'exact';
      missing[spec.id] = 0;
      illustrative[spec.id] = 0;
      continue;
    }
    const qualifier = qualifierColumn(lookups, spec.id);
    const weakness = qualifier?.type === 'code' ? qualifier.dictionary.map((q) => WEAKNESS[q] ?? 0) : [];
    let sum = 0;
    let seen = false;
    let weakest = 0;
    let absent = 0;
    let invented = 0;
    for (let r = 0; r < counted.length; r++) {
      const i = counted[r]!;
      const v = column.values[i]!;
      if (v !== v) { absent++; continue; }
      sum += v;
      seen = true;
      if (status && status.codes[i] === status.code) invented++;
      if (qualifier?.type === 'code') {
        const code = qualifier.codes[i]!;
        if (code >= 0 && weakness[code]! > weakest) weakest = weakness[code]!;
      }
    }
    sums[spec.id] = seen ? sum : NaN;
    qualifiers[spec.id] = weakest === 2 ? 'approx' : weakest === 1 ? 'at_least' : 'exact';
    missing[spec.id] = absent;
    illustrative[spec.id] = invented;
  }
  return { sums, qualifiers, aggregatesExcluded: aggregates, counted: counted.length, missing, illustrative, mixes };
}
