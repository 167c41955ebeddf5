// Volunteers per SDG. A row tagged "4|5" counts under goal 4 and under goal 5, so the 17 values
// overlap: there is deliberately no sum across goals.
import type { Dataset, Perspective, PlacementType, Qualifier, RowStatus } from '../data/types';
import { FigureAccumulator } from './accumulator';
import { isAggregateCode } from './aggregateCodes';
import { codeColumn, dictionaryMask, numberColumn, optionalCodeColumn, optionalGoalsColumn } from './columns';
import { assertInteger, assertKnownOptions } from './options';
import { placementScope, scopedRows } from './placementScope';
import { rowYears } from './years';

export interface SdgTotalsOptions {
  readonly perspective: Perspective;
  /** Default "total". */
  readonly type?: PlacementType;
  /** Omitted: the latest year with any SDG-tagged row in scope. */
  readonly year?: number;
  /** A country or aggregate code; omitted: every country (never aggregates). */
  readonly country?: string;
  readonly rows?: Int32Array;
}

export interface SdgTotal {
  readonly goal: number;
  /** Null when no row is tagged with the goal. */
  readonly value: number | null;
  /** Rows tagged with the goal. */
  readonly rows: number;
  /** How many of those rows are reported, derived, illustrative. */
  readonly statuses: Readonly<Record<RowStatus, number>>;
  readonly qualifier: Qualifier;
  readonly source: string | null;
}

export interface SdgTotals {
  /** The year counted, or null when no tagged row is in scope. */
  readonly year: number | null;
  /** Always 17 entries, goal 1..17. */
  readonly goals: readonly SdgTotal[];
}

export function sdgTotals(ds: Dataset, options: SdgTotalsOptions): SdgTotals {
  const fn = 'sdgTotals';
  assertKnownOptions(fn, options, ['perspective', 'type', 'year', 'country', 'rows']);
  const scope = placementScope(fn, ds, options.perspective, options.type ?? 'total', 'any', options.rows);
  const fixedYear = options.year === undefined ? null : assertInteger(fn, 'year', options.year);
  if (options.country !== undefined && typeof options.country !== 'string') throw new Error(`${fn}: option "country" must be a code`);
  const country = codeColumn(ds, 'country');
  const keepCountry = dictionaryMask(country, (v) => (options.country === undefined ? !isAggregateCode(v) : v === options.country));
  const goals = optionalGoalsColumn(ds);
  const acc = new FigureAccumulator(ds, numberColumn(ds, 'count'), optionalCodeColumn(ds, 'qualifier'), 17);

  let best = fixedYear ?? -Infinity;
  if (goals) {
    const masks = goals.masks;
    const years = rowYears(ds, 'year');
    const rows = scopedRows(scope);
    const codes = country.codes;
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i]!;
      let m = masks[r]!;
      const c = codes[r]!;
      if (m === 0 || c < 0 || keepCountry[c] === 0) continue;
      const y = years[r]!;
      if (fixedYear !== null ? y !== fixedYear : !(y >= best)) continue;
      if (y > best) {
        best = y;
        for (let g = 0; g < 17; g++) acc.reset(g);
      }
      while (m !== 0) {
        const bit = 31 - Math.clz32(m & -m);
        if (bit < 17) acc.add(bit, r);
        m &= m - 1;
      }
    }
  }

  const year = best === -Infinity ? null : best;
  const out: SdgTotal[] = [];
  for (let g = 0; g < 17; g++) {
    const figure = acc.figure(g, year === null ? null : String(year));
    out.push({
      goal: g + 1,
      value: figure?.value ?? null,
      rows: acc.rows[g]!,
      statuses: acc.statusMix(g),
      qualifier: figure?.qualifier ?? 'exact',
      source: figure?.source ?? null,
    });
  }
  return { year: fixedYear ?? (acc.rows.some((n) => n > 0) ? year : null), goals: out };
}
