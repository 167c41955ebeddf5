// Finds rows whose key repeats an earlier row's key, after all rows are read: each row's key hash
// is written sequentially during the load, then a bitset pass picks the few rows whose hashes may
// collide. This keeps a large hash table out of the hot loop (its cache misses cost as much as
// converting the cells).

/** Reads one key part of a written row as a number (a year, a dictionary code, a goals mask). */
export type KeyPart = (row: number) => number;

export const KEY_SEED = 0x9747b28c;

/** Folds one key value (a whole number) into a running hash. */
export function mixKey(hash: number, value: number): number {
  const h = Math.imul(hash ^ (value | 0), 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** murmur3 finaliser: every key bit reaches the top bits used as the bucket. */
export function finalMix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

const MAX_BUCKET_BITS = 24;

/** About 16 buckets a row, up to 2^24: a wide file's 40,000 records need not touch two 2 MB bitsets (fresh pages cost more than the pass). */
function bucketBits(rows: number): number {
  return Math.max(10, Math.min(MAX_BUCKET_BITS, Math.ceil(Math.log2(Math.max(rows, 1))) + 4));
}

/**
 * Rows whose hash bucket (top bits) is shared with another row: two sequential passes over two bitsets
 * (2 MB each for a million rows), so only a few percent of rows (plus true repeats) need sorting and comparing.
 * The bucket count changes only how many rows are compared, never the repeats found.
 */
function sharedBuckets(hashes: Int32Array, rows: number): number[] {
  const bits = bucketBits(rows);
  const seen = new Uint32Array(1 << (bits - 5));
  const twice = new Uint32Array(1 << (bits - 5));
  const shift = 32 - bits;
  for (let i = 0; i < rows; i++) {
    const b = (hashes[i] as number) >>> shift;
    const word = b >>> 5;
    const bit = 1 << (b & 31);
    if ((seen[word] as number) & bit) twice[word] = (twice[word] as number) | bit;
    else seen[word] = (seen[word] as number) | bit;
  }
  const candidates: number[] = [];
  for (let i = 0; i < rows; i++) {
    const b = (hashes[i] as number) >>> shift;
    if ((twice[b >>> 5] as number) & (1 << (b & 31))) candidates.push(i);
  }
  return candidates;
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
  const order = sharedBuckets(hashes, rows);
  order.sort((a, b) => (hashes[a] as number) - (hashes[b] as number) || a - b);
  const pairs: [number, number][] = [];
  for (let start = 0; start < order.length; ) {
    const h = hashes[order[start] as number];
    let end = start + 1;
    while (end < order.length && hashes[order[end] as number] === h) end++;
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
