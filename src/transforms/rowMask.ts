// Row indices from filterRows turned into a byte-per-row mask, once per filter result: every
// view shares the same Int32Array, so the conversion is paid once per filter change.
const cache = new WeakMap<Int32Array, Uint8Array>();

/** 1 for rows listed in `rows`; null when `rows` is undefined (all rows kept). */
export function rowMask(rowCount: number, rows: Int32Array | undefined): Uint8Array | null {
  if (!rows) return null;
  let mask = cache.get(rows);
  if (mask && mask.length === rowCount) return mask;
  mask = new Uint8Array(rowCount);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (r < 0 || r >= rowCount) throw new Error(`row index ${r} is outside a dataset of ${rowCount} rows`);
    mask[r] = 1;
  }
  cache.set(rows, mask);
  return mask;
}
