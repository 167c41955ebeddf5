// Finds rows whose key repeats an earlier row. Open addressing over an Int32Array of row numbers,
// with each row's hash kept beside it: a few bytes per row, no key strings, key values read
// straight from the column builders.

/** Reads one key part of a written row as a number (a year, a dictionary code, a goals mask). */
export type KeyPart = (row: number) => number;

export const KEY_SEED = 0x9747b28c;

/** Folds one key value (a whole number) into a running hash. */
export function mixKey(hash: number, value: number): number {
  const h = Math.imul(hash ^ (value | 0), 0x5bd1e995);
  return h ^ (h >>> 15);
}

/** murmur3 finaliser: every input bit reaches the low bits used as the slot index. */
function finalMix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

export class KeyIndex {
  private slots = new Int32Array(1 << 12); // row + 1; 0 = empty
  private hashes = new Int32Array(1 << 11); // by row
  private size = 0;

  constructor(private readonly parts: readonly KeyPart[]) {}

  /** Room for this many rows without rehashing. */
  reserve(rows: number): void {
    let size = this.slots.length;
    while (size < rows * 2) size *= 2;
    if (size > this.slots.length) this.rehash(size);
    if (rows > this.hashes.length) this.growHashes(rows);
  }

  private growHashes(rows: number): void {
    const hashes = new Int32Array(Math.max(rows, this.hashes.length * 2));
    hashes.set(this.hashes);
    this.hashes = hashes;
  }

  private same(a: number, b: number): boolean {
    for (const part of this.parts) if (part(a) !== part(b)) return false;
    return true;
  }

  /**
   * Remembers `row` and returns -1, or returns the earlier row with the same key (and remembers nothing).
   * `keyHash` is the row's key values folded with mixKey from KEY_SEED.
   */
  add(row: number, keyHash: number): number {
    if (row >= this.hashes.length) this.growHashes(row + 1);
    if ((this.size + 1) * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    const h = finalMix(keyHash);
    this.hashes[row] = h;
    const mask = this.slots.length - 1;
    let i = h & mask;
    for (;;) {
      const slot = this.slots[i] as number;
      if (slot === 0) {
        this.slots[i] = row + 1;
        this.size++;
        return -1;
      }
      if (this.hashes[slot - 1] === h && this.same(slot - 1, row)) return slot - 1;
      i = (i + 1) & mask;
    }
  }

  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(size);
    const mask = this.slots.length - 1;
    for (let k = 0; k < old.length; k++) {
      const slot = old[k] as number;
      if (slot === 0) continue;
      let i = (this.hashes[slot - 1] as number) & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = slot;
    }
  }
}
