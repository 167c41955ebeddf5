// One value per year for one country or aggregate, over a continuous range: missing years stay
// null (the bundled data has no 2022 world total) and are never interpolated.
import type { Dataset, Perspective, PlacementType } from '../data/types';
import { FigureAccumulator } from './accumulator';
import { codeColumn, codesOf, numberColumn, optionalCodeColumn } from './columns';
import type { Figure } from './figure';
import { assertInteger, assertKnownOptions } from './options';
import { placementScope, scopedRows } from './placementScope';
import { rowYears } from './years';

export interface YearSeriesOptions {
  /** Alpha-3 or aggregate code, e.g. "WLD". */
  readonly country: string;
  readonly perspective: Perspective;
  /** Default "total". */
  readonly type?: PlacementType;
  /** Rows tagged with this SDG; omitted = untagged rows only. */
  readonly goal?: number;
  /** Range of years to cover; defaults to the first and last year with a row. */
  readonly from?: number;
  readonly to?: number;
  readonly rows?: Int32Array;
}

export interface YearPoint {
  readonly year: number;
  /** Null for a gap (no row) or a row without a published count. */
  readonly value: number | null;
  /** Provenance of the value; null for a gap. */
  readonly figure: Figure | null;
}

export function yearSeries(ds: Dataset, options: YearSeriesOptions): YearPoint[] {
  const fn = 'yearSeries';
  assertKnownOptions(fn, options, ['country', 'perspective', 'type', 'goal', 'from', 'to', 'rows']);
  if (typeof options.country !== 'string') throw new Error(`${fn}: option "country" is required`);
  const scope = placementScope(fn, ds, options.perspective, options.type ?? 'total', options.goal, options.rows);
  const from = options.from === undefined ? null : assertInteger(fn, 'from', options.from);
  const to = options.to === undefined ? null : assertInteger(fn, 'to', options.to);
  if (from !== null && to !== null && from > to) throw new Error(`${fn}: from ${from} is after to ${to}`);

  const country = codeColumn(ds, 'country');
  const keep = codesOf(country, options.country);
  const years = rowYears(ds, 'year');
  const rows = scopedRows(scope);
  const codes = country.codes;
  // First pass: the few matching rows, and their year range.
  const hits: number[] = [];
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const c = codes[r]!;
    if (c < 0 || keep[c] === 0) continue;
    const y = years[r]!;
    if (y !== y || (from !== null && y < from) || (to !== null && y > to)) continue;
    hits.push(r);
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  const first = from ?? lo;
  const last = to ?? hi;
  if (!(first <= last)) return [];

  const acc = new FigureAccumulator(ds, numberColumn(ds, 'count'), optionalCodeColumn(ds, 'qualifier'), last - first + 1);
  for (const r of hits) acc.add(years[r]! - first, r);
  const out: YearPoint[] = [];
  for (let year = first; year <= last; year++) {
    const figure = acc.figure(year - first, String(year));
    out.push({ year, value: figure?.value ?? null, figure });
  }
  return out;
}
