// Sums of count columns that never add aggregate areas (World, UNV regions) to countries.
import type { Lookups } from '../lookups';
import { isAggregateRow } from '../lookups';

export interface ColumnSums {
  /** Sum per summable column id; NaN when nothing could be summed. */
  readonly sums: Readonly<Record<string, number>>;
  /** Rows whose country is an aggregate area and were left out of the sums. */
  readonly aggregatesExcluded: number;
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
  for (const spec of summable) {
    const column = lookups.columns[spec.id];
    if (column?.type !== 'number') continue;
    let sum = 0;
    let seen = false;
    for (let r = 0; r < rows.length; r++) {
      if (!useAggregates && include[r] === 0) continue;
      const v = column.values[rows[r]!]!;
      if (v === v) { sum += v; seen = true; }
    }
    sums[spec.id] = seen ? sum : NaN;
  }
  return { sums, aggregatesExcluded: useAggregates ? 0 : aggregates };
}
