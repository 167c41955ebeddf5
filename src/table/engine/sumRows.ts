// Sums of count columns that never add aggregate areas (World, UNV regions) to countries.
import type { Column, Qualifier } from '../../data/types';
import type { Lookups } from '../lookups';
import { isAggregateRow } from '../lookups';
import { qualifierIdOf } from '../figureQualifiers';

export interface ColumnSums {
  /** Sum per summable column id; NaN when nothing could be summed. */
  readonly sums: Readonly<Record<string, number>>;
  /** The weakest qualifier among the summed figures: "about" + "more than" rows make an "about" sum. */
  readonly qualifiers: Readonly<Record<string, Qualifier>>;
  /** Rows whose country is an aggregate area and were left out of the sums. */
  readonly aggregatesExcluded: number;
  /** Rows whose figures the sums take in (countries, or the single aggregate area of a group). */
  readonly counted: number;
  /** Per summable column id: how many counted rows have no figure (count not published). */
  readonly missing: Readonly<Record<string, number>>;
}

// A sum is only as exact as its least exact part; approx outranks at_least (a sum with an estimate is an estimate).
const WEAKNESS: Readonly<Record<string, number>> = { exact: 0, at_least: 1, approx: 2 };

/** The qualifier column of a figure: events qualify each figure (`delegates_qualifier`), other kinds have one. */
function qualifierColumn(lookups: Lookups, id: string): Column | undefined {
  const qualifierId = qualifierIdOf(lookups.columns, id);
  return qualifierId === null ? undefined : lookups.columns[qualifierId];
}

function countryCode(lookups: Lookups, i: number): number {
  const column = lookups.countryId ? lookups.columns[lookups.countryId] : undefined;
  return column?.type === 'code' ? column.codes[i]! : -1;
}

/**
 * Sums the rows of countries only. When `allowSingleAggregate` is set and the rows hold no country
 * but a single aggregate area (a group "World"), that area's rows are summed instead.
 */
export function sumRows(lookups: Lookups, rows: ArrayLike<number>, allowSingleAggregate: boolean): ColumnSums {
  const summable = lookups.specs.filter((s) => s.summable && lookups.columns[s.id]?.type === 'number');
  const include = new Uint8Array(rows.length);
  let countries = 0;
  let aggregateCode: number | null = null;
  let mixedAggregates = false;
  for (let r = 0; r < rows.length; r++) {
    const i = rows[r]!;
    if (!isAggregateRow(lookups, i)) { include[r] = 1; countries++; continue; }
    const code = countryCode(lookups, i);
    if (aggregateCode === null) aggregateCode = code;
    else if (aggregateCode !== code) mixedAggregates = true;
  }
  const aggregates = rows.length - countries;
  const useAggregates = allowSingleAggregate && countries === 0 && aggregates > 0 && !mixedAggregates;
  const sums: Record<string, number> = {};
  const qualifiers: Record<string, Qualifier> = {};
  const missing: Record<string, number> = {};
  for (const spec of summable) {
    const column = lookups.columns[spec.id];
    if (column?.type !== 'number') continue;
    const qualifier = qualifierColumn(lookups, spec.id);
    const weakness = qualifier?.type === 'code' ? qualifier.dictionary.map((q) => WEAKNESS[q] ?? 0) : [];
    let sum = 0;
    let seen = false;
    let weakest = 0;
    let absent = 0;
    for (let r = 0; r < rows.length; r++) {
      if (!useAggregates && include[r] === 0) continue;
      const i = rows[r]!;
      const v = column.values[i]!;
      if (v !== v) { absent++; continue; }
      sum += v;
      seen = true;
      if (qualifier?.type === 'code') {
        const code = qualifier.codes[i]!;
        if (code >= 0 && weakness[code]! > weakest) weakest = weakness[code]!;
      }
    }
    sums[spec.id] = seen ? sum : NaN;
    qualifiers[spec.id] = weakest === 2 ? 'approx' : weakest === 1 ? 'at_least' : 'exact';
    missing[spec.id] = absent;
  }
  return { sums, qualifiers, aggregatesExcluded: useAggregates ? 0 : aggregates, counted: useAggregates ? aggregates : countries, missing };
}
