// National and international UN Volunteers per country for one year and one perspective.
import type { Dataset, Perspective } from '../data/types';
import { FigureAccumulator } from './accumulator';
import { isAggregateCode } from './aggregateCodes';
import { codeColumn, groupCodes, numberColumn, optionalCodeColumn } from './columns';
import { weakerStatus, type Figure } from './figure';
import { assertInteger, assertKnownOptions, assertOneOf } from './options';
import { placementScope } from './placementScope';

export interface NationalInternationalOptions {
  readonly year: number;
  readonly perspective: Perspective;
  /** "countries" (default) or "aggregates" (WLD, UNV regions); never both at once. */
  readonly scope?: 'countries' | 'aggregates';
  readonly rows?: Int32Array;
}

export interface NationalInternationalRow {
  /** Alpha-3, or an aggregate code when scope is "aggregates". */
  readonly code: string;
  readonly national: Figure | null;
  readonly international: Figure | null;
  readonly total: Figure | null;
  /** Which segment was computed as total minus the other one, if any. */
  readonly derived: 'national' | 'international' | null;
}

const NATIONAL = 0;
const INTERNATIONAL = 1;
const TOTAL = 2; // indices in PLACEMENT_TYPES

/** total - part, only when both were published; a derivation is never better than its inputs. */
function derive(total: Figure | null, part: Figure | null): Figure | null {
  if (!total || !part || total.value === null || part.value === null || part.value > total.value) return null;
  const exact = total.qualifier === 'exact' && part.qualifier === 'exact';
  const sameSource = total.source === part.source;
  return {
    value: total.value - part.value,
    qualifier: exact ? 'exact' : 'approx',
    date: total.date,
    source: sameSource ? total.source : [total.source, part.source].filter((s) => s !== null).join('; ') || null,
    sourceUrl: sameSource ? total.sourceUrl : null,
    sourceDate: null,
    status: weakerStatus('derived', weakerStatus(total.status, part.status)),
    note: null,
  };
}

/** Rows sorted by total (or national + international) descending, then code. Untagged rows only. */
export function nationalVsInternational(ds: Dataset, options: NationalInternationalOptions): NationalInternationalRow[] {
  const fn = 'nationalVsInternational';
  assertKnownOptions(fn, options, ['year', 'perspective', 'scope', 'rows']);
  const year = assertInteger(fn, 'year', options.year);
  const wantAggregates = assertOneOf(fn, 'scope', options.scope ?? 'countries', ['countries', 'aggregates'] as const) === 'aggregates';
  const scope = placementScope(fn, ds, options.perspective, undefined, undefined, options.rows);

  const country = codeColumn(ds, 'country');
  const { groupOf, keys } = groupCodes(country);
  const inScope = Uint8Array.from(keys, (k) => (isAggregateCode(k) === wantAggregates ? 1 : 0));
  const acc = new FigureAccumulator(ds, numberColumn(ds, 'count'), optionalCodeColumn(ds, 'qualifier'), keys.length * 3);
  const codes = country.codes;
  const { keep } = scope;
  for (const bucket of scope.buckets) {
    const { rows, years, type: t } = bucket; // untagged rows of one type
    for (let i = 0; i < rows.length; i++) {
      if (years[i] !== year) continue; // the most selective test, read in memory order
      const r = rows[i]!;
      if (keep !== null && keep[r] === 0) continue;
      const c = codes[r]!;
      if (c < 0) continue;
      const g = groupOf[c]!;
      if (inScope[g] === 1) acc.add(g * 3 + t, r);
    }
  }

  const date = String(year);
  const out: NationalInternationalRow[] = [];
  keys.forEach((code, g) => {
    let national = acc.figure(g * 3 + NATIONAL, date);
    let international = acc.figure(g * 3 + INTERNATIONAL, date);
    const total = acc.figure(g * 3 + TOTAL, date);
    if (!national && !international && !total) return;
    let derived: NationalInternationalRow['derived'] = null;
    if (international?.value == null && national?.value != null) {
      international = derive(total, national) ?? international;
      if (international?.value != null) derived = 'international';
    } else if (national?.value == null && international?.value != null) {
      national = derive(total, international) ?? national;
      if (national?.value != null) derived = 'national';
    }
    out.push({ code, national, international, total, derived });
  });
  const size = (r: NationalInternationalRow) => r.total?.value ?? (r.national?.value ?? 0) + (r.international?.value ?? 0);
  return out.sort((a, b) => size(b) - size(a) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
