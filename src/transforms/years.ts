// The year of each row, whether the loader stored it as a number column ("year") or as an
// ISO partial date ("2023-06"). Cached per column: datasets are immutable after load.
import type { Column, Dataset } from '../data/types';

const cache = new WeakMap<Column, Float64Array>();

/** Leading 4-digit year of an ISO partial date, or NaN. */
export function yearOfDate(date: string): number {
  const m = /^(\d{4})/.exec(date);
  return m ? Number(m[1]) : NaN;
}

/** Per-row year (NaN when missing) read from `columnName`. */
export function rowYears(ds: Dataset, columnName: string): Float64Array {
  const col = ds.columns[columnName];
  if (!col) throw new Error(`${ds.kind} dataset "${ds.name}" has no column "${columnName}"`);
  if (col.type === 'number') return col.values;
  if (col.type !== 'code') throw new Error(`${ds.kind} dataset "${ds.name}": column "${columnName}" holds no years`);
  const hit = cache.get(col);
  if (hit) return hit;
  const byCode = Float64Array.from(col.dictionary, yearOfDate);
  const years = new Float64Array(col.codes.length);
  for (let i = 0; i < years.length; i++) {
    const code = col.codes[i]!;
    years[i] = code < 0 ? NaN : byCode[code]!;
  }
  cache.set(col, years);
  return years;
}

/** The column that dates each kind of fact, for year filters and "latest" picks. */
export function yearColumnOf(ds: Dataset): string | null {
  switch (ds.kind) {
    case 'placements':
    case 'indicators':
      return 'year';
    case 'organizations':
      return 'date';
    case 'events':
      return 'start_date';
    case 'delegates':
      return null;
  }
}
