// The shared filter step: one pass over dictionary codes, returning the indices of kept rows.
import type { Dataset, Perspective, PlacementType, RowStatus } from '../data/types';
import { PERSPECTIVES, PLACEMENT_TYPES, ROW_STATUSES } from '../data/types';
import { codeColumn, dictionaryMask, optionalGoalsColumn } from './columns';
import { assertGoal, assertKnownOptions, assertOneOf } from './options';
import { rowYears, yearColumnOf } from './years';

export interface RowFilter {
  /** Inclusive year range, read from the kind's date column (year, date, start_date). */
  readonly years?: readonly [from: number, to: number];
  /** Alpha-3 or aggregate codes in the "country" column (host_country for events). */
  readonly countries?: ReadonlySet<string>;
  readonly statuses?: ReadonlySet<RowStatus>;
  readonly perspectives?: ReadonlySet<Perspective>;
  readonly types?: ReadonlySet<PlacementType>;
  /** Keep rows tagged with at least one of these SDGs (1-17). */
  readonly goals?: ReadonlySet<number>;
  readonly eventIds?: ReadonlySet<string>;
}

const KNOWN = ['years', 'countries', 'statuses', 'perspectives', 'types', 'goals', 'eventIds'] as const;

function checkValues<T extends string>(name: string, set: ReadonlySet<string> | undefined, allowed: readonly T[]): void {
  if (set) for (const v of set) assertOneOf('filterRows', name, v, allowed);
}

/** Indices of rows passing every given filter (all rows when the filter is empty). */
export function filterRows(ds: Dataset, filter: RowFilter): Int32Array {
  assertKnownOptions('filterRows', filter, KNOWN);
  checkValues('statuses', filter.statuses, ROW_STATUSES);
  checkValues('perspectives', filter.perspectives, PERSPECTIVES);
  checkValues('types', filter.types, PLACEMENT_TYPES);

  // Each active filter becomes (codes, keep-mask); a row passes when every mask says 1.
  // keep[code + 1] is 1 for kept codes; index 0 stands for a missing cell (code -1), never kept.
  const codeTests: { codes: Int32Array; keep: Uint8Array }[] = [];
  const addCodeTest = (column: string, set: ReadonlySet<string> | undefined) => {
    if (!set) return;
    const col = codeColumn(ds, column);
    const keep = new Uint8Array(col.dictionary.length + 1);
    keep.set(dictionaryMask(col, (v) => set.has(v)), 1);
    codeTests.push({ codes: col.codes, keep });
  };
  addCodeTest(ds.kind === 'events' ? 'host_country' : 'country', filter.countries);
  addCodeTest('status', filter.statuses);
  addCodeTest('perspective', filter.perspectives);
  addCodeTest('type', filter.types);
  addCodeTest('event_id', filter.eventIds);

  let years: Float64Array | null = null;
  let from = -Infinity;
  let to = Infinity;
  if (filter.years) {
    const column = yearColumnOf(ds);
    if (!column) throw new Error(`filterRows: ${ds.kind} rows have no date; drop the "years" filter`);
    [from, to] = filter.years;
    if (!(from <= to)) throw new Error(`filterRows: years [${from}, ${to}] is not a range`);
    years = rowYears(ds, column);
  }

  let goalBits = 0;
  let masks: Uint32Array | null = null;
  if (filter.goals) {
    const col = optionalGoalsColumn(ds);
    if (!col) throw new Error(`filterRows: ${ds.kind} dataset "${ds.name}" has no sdg column`);
    for (const g of filter.goals) goalBits |= 1 << (assertGoal('filterRows', 'goals', g) - 1);
    masks = col.masks;
  }

  // One tight pass per active test, each narrowing the survivors of the one before.
  const out = new Int32Array(ds.rowCount);
  let n = 0;
  if (years) {
    for (let i = 0; i < ds.rowCount; i++) {
      const y = years[i]!;
      out[n] = i;
      n += y >= from && y <= to ? 1 : 0;
    }
  } else {
    for (let i = 0; i < ds.rowCount; i++) out[i] = i;
    n = ds.rowCount;
  }
  if (masks) n = narrow(out, n, (r) => (masks[r]! & goalBits) !== 0);
  for (const { codes, keep } of codeTests) {
    let m = 0;
    for (let i = 0; i < n; i++) {
      const r = out[i]!;
      out[m] = r;
      m += keep[codes[r]! + 1]!;
    }
    n = m;
  }
  return out.slice(0, n);
}

function narrow(rows: Int32Array, n: number, pass: (row: number) => boolean): number {
  let m = 0;
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    if (pass(r)) rows[m++] = r;
  }
  return m;
}
