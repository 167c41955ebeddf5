// The indicators of an indicators dataset: name, URL slug and unit, in the order they first appear.
import { indicatorSlug } from '../data/indicatorSlug';
import type { Dataset, IndicatorUnit } from '../data/types';
import { INDICATOR_UNITS } from '../data/types';
import { codeColumn } from './columns';

export interface IndicatorInfo {
  readonly name: string;
  readonly slug: string;
  readonly unit: IndicatorUnit;
}

// Per dataset: datasets are immutable after load, and every panel asks again on every render (a full scan).
const cache = new WeakMap<Dataset, readonly IndicatorInfo[]>();

/** One entry per indicator name; two names with one slug get "-2", "-3" so each stays reachable. */
export function indicatorsOf(ds: Dataset | null): readonly IndicatorInfo[] {
  if (!ds || ds.kind !== 'indicators') return [];
  const hit = cache.get(ds);
  if (hit) return hit;
  const list = scanIndicators(ds);
  cache.set(ds, list);
  return list;
}

function scanIndicators(ds: Dataset): IndicatorInfo[] {
  const names = codeColumn(ds, 'indicator');
  const units = ds.columns.unit;
  const unitOf = new Map<number, IndicatorUnit>();
  for (let r = 0; r < ds.rowCount; r++) {
    const c = names.codes[r]!;
    if (c < 0 || unitOf.has(c)) continue;
    const u = units?.type === 'code' ? units.codes[r]! : -1;
    unitOf.set(c, u >= 0 && units?.type === 'code' ? (units.dictionary[u] as IndicatorUnit) : 'other');
  }
  const seen = new Set<string>();
  return [...unitOf].map(([code, unit]) => {
    const name = names.dictionary[code]!;
    let slug = indicatorSlug(name);
    for (let n = 2; seen.has(slug); n++) slug = `${indicatorSlug(name)}-${n}`;
    seen.add(slug);
    return { name, slug, unit: INDICATOR_UNITS.includes(unit) ? unit : 'other' };
  });
}

/** The indicator a slug names, or the first one. */
export function chosenIndicator(list: readonly IndicatorInfo[], slug: string | null): IndicatorInfo | null {
  return list.find((i) => i.slug === slug) ?? list[0] ?? null;
}

/** Percentages and rates are never added up; counts of one indicator may be. */
export function isSummableUnit(unit: IndicatorUnit): boolean {
  return unit === 'count';
}
