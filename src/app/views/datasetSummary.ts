// What the Sources page says about one dataset: the sources its rows cite and how many rows are not reported.
import type { CodeColumn, Dataset, RowStatus } from '../../data/types';

export interface CitedSource {
  readonly source: string;
  readonly url: string | null;
  readonly date: string | null;
  /** Rows citing exactly this source, link and date. */
  readonly rows: number;
}

const codeColumn = (ds: Dataset, name: string): CodeColumn | null => {
  const col = ds.columns[name];
  return col && col.type === 'code' ? col : null;
};

/** Distinct (source, url, date) cited by a dataset's rows, in first-use order; rows without a source are skipped. */
export function citedSources(ds: Dataset): CitedSource[] {
  const source = codeColumn(ds, 'source');
  if (!source) return [];
  const url = codeColumn(ds, 'source_url');
  const date = codeColumn(ds, 'source_date');
  // Counted by code triple, so a million rows cost three array reads each, not a string.
  const uSize = (url?.dictionary.length ?? 0) + 1;
  const dSize = (date?.dictionary.length ?? 0) + 1;
  const counts = new Map<number, number>();
  const order: number[] = [];
  for (let r = 0; r < ds.rowCount; r++) {
    const s = source.codes[r]!;
    if (s < 0) continue;
    const u = url ? url.codes[r]! + 1 : 0;
    const d = date ? date.codes[r]! + 1 : 0;
    const key = (s * uSize + u) * dSize + d;
    const n = counts.get(key);
    if (n === undefined) order.push(key);
    counts.set(key, (n ?? 0) + 1);
  }
  return order.map((key) => {
    const d = key % dSize;
    const u = Math.floor(key / dSize) % uSize;
    const s = Math.floor(key / dSize / uSize);
    return {
      source: source.dictionary[s]!,
      url: u > 0 ? (url!.dictionary[u - 1] ?? null) : null,
      date: d > 0 ? (date!.dictionary[d - 1] ?? null) : null,
      rows: counts.get(key)!,
    };
  });
}

/** Rows per status; a row without a status counts as reported (data contract). */
export function statusCounts(ds: Dataset): Record<RowStatus, number> {
  const out: Record<RowStatus, number> = { reported: 0, derived: 0, illustrative: 0 };
  const status = codeColumn(ds, 'status');
  if (!status) return { ...out, reported: ds.rowCount };
  const perCode = new Int32Array(status.dictionary.length);
  let missing = 0;
  for (let r = 0; r < ds.rowCount; r++) {
    const c = status.codes[r]!;
    if (c < 0) missing++;
    else perCode[c]!++;
  }
  status.dictionary.forEach((value, c) => {
    const key: RowStatus = value === 'derived' || value === 'illustrative' ? value : 'reported';
    out[key] += perCode[c]!;
  });
  out.reported += missing;
  return out;
}
