// Finds rows whose key repeats an earlier row's key, after all rows are read: each row's key hash
// is written sequentially during the load, then one radix sort groups equal hashes. This keeps a
// large hash table out of the hot loop (its cache misses cost as much as converting the cells).

/** Reads one key part of a written row as a number (a year, a dictionary code, a goals mask). */
export type KeyPart = (row: number) => number;

export const KEY_SEED = 0x9747b28c;

/** Folds one key value (a whole number) into a running hash. */
export function mixKey(hash: number, value: number): number {
  const h = Math.imul(hash ^ (value | 0), 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** murmur3 finaliser, so that both 16-bit halves used by the radix sort are well mixed. */
export function finalMix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Hashes sorted, with their rows; rows with equal hashes stay in ascending order (LSD radix sort is stable). */
function sortByHash(hashes: Int32Array, rows: number): { keys: Uint32Array; order: Uint32Array } {
  let keys = new Uint32Array(rows);
  let order = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) {
    keys[i] = (hashes[i] as number) >>> 0;
    order[i] = i;
  }
  let keysOut = new Uint32Array(rows);
  let orderOut = new Uint32Array(rows);
  const counts = new Uint32Array(65537);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < rows; i++) (counts[(((keys[i] as number) >>> shift) & 0xffff) + 1] as number)++;
    for (let d = 1; d < counts.length; d++) counts[d] = (counts[d] as number) + (counts[d - 1] as number);
    for (let i = 0; i < rows; i++) {
      const key = keys[i] as number;
      const at = counts[(key >>> shift) & 0xffff] as number;
      counts[(key >>> shift) & 0xffff] = at + 1;
      keysOut[at] = key;
      orderOut[at] = order[i] as number;
    }
    [keys, keysOut] = [keysOut, keys];
    [order, orderOut] = [orderOut, order];
  }
  return { keys, order };
}

/**
 * Pairs [later, earlier] (flattened) for every row whose key equals the key of an earlier kept row,
 * sorted by the later row. `hashes[row]` must be finalMix of the row's key.
 */
export function findRepeats(hashes: Int32Array, rows: number, parts: readonly KeyPart[]): number[] {
  const same = (a: number, b: number): boolean => {
    for (const part of parts) if (part(a) !== part(b)) return false;
    return true;
  };
  const { keys, order } = sortByHash(hashes, rows);
  const pairs: [number, number][] = [];
  for (let start = 0; start < rows; ) {
    const h = keys[start];
    let end = start + 1;
    while (end < rows && keys[end] === h) end++;
    if (end - start > 1) {
      const kept: number[] = [];
      for (let i = start; i < end; i++) {
        const row = order[i] as number;
        const earlier = kept.find((k) => same(k, row));
        if (earlier === undefined) kept.push(row);
        else pairs.push([row, earlier]);
      }
    }
    start = end;
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.flat();
}
