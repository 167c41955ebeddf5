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
  /** Pairs [row + 1, hash]; row 0 = empty. Hash beside row: one cache miss per probe. */
  private slots = new Int32Array(2 << 12);
  private size = 0;

  constructor(private readonly parts: readonly KeyPart[]) {}

  /** Room for this many rows without rehashing. */
  reserve(rows: number): void {
    let pairs = this.slots.length >> 1;
    while (pairs < rows * 2) pairs *= 2;
    if (pairs > this.slots.length >> 1) this.rehash(pairs);
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
    if ((this.size + 1) * 4 > this.slots.length) this.rehash(this.slots.length);
    const h = finalMix(keyHash);
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    let i = h & mask;
    for (;;) {
      const at = i << 1;
      const slot = slots[at] as number;
      if (slot === 0) {
        slots[at] = row + 1;
        slots[at + 1] = h;
        this.size++;
        return -1;
      }
      if (slots[at + 1] === h && this.same(slot - 1, row)) return slot - 1;
      i = (i + 1) & mask;
    }
  }

  private rehash(pairs: number): void {
    const old = this.slots;
    const slots = new Int32Array(pairs * 2);
    const mask = pairs - 1;
    for (let k = 0; k < old.length; k += 2) {
      const slot = old[k] as number;
      if (slot === 0) continue;
      const h = old[k + 1] as number;
      let i = h & mask;
      while (slots[i << 1] !== 0) i = (i + 1) & mask;
      slots[i << 1] = slot;
      slots[(i << 1) + 1] = h;
    }
    this.slots = slots;
  }
}
