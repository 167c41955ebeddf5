// Finds rows whose key repeats an earlier row. Open addressing over an Int32Array of row numbers:
// a few bytes per row, no key strings, reading key values straight from the column builders.

/** Reads one key part of a written row as a number (a year, a dictionary code, a goals mask). */
export type KeyPart = (row: number) => number;

export class KeyIndex {
  private slots = new Int32Array(1 << 12); // row + 1; 0 = empty
  private size = 0;

  constructor(private readonly parts: readonly KeyPart[]) {}

  private hash(row: number): number {
    let h = 0x811c9dc5;
    for (const part of this.parts) {
      h = Math.imul(h ^ (part(row) | 0), 0x01000193);
      h ^= h >>> 15;
    }
    return Math.imul(h, 0x2c1b3c6d) ^ (h >>> 12);
  }

  private same(a: number, b: number): boolean {
    for (const part of this.parts) if (part(a) !== part(b)) return false;
    return true;
  }

  /** Remembers `row` and returns -1, or returns the earlier row with the same key (and remembers nothing). */
  add(row: number): number {
    if ((this.size + 1) * 2 > this.slots.length) this.rehash();
    const mask = this.slots.length - 1;
    let i = this.hash(row) & mask;
    for (;;) {
      const slot = this.slots[i] as number;
      if (slot === 0) {
        this.slots[i] = row + 1;
        this.size++;
        return -1;
      }
      if (this.same(slot - 1, row)) return slot - 1;
      i = (i + 1) & mask;
    }
  }

  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const mask = this.slots.length - 1;
    for (const slot of old) {
      if (slot === 0) continue;
      let i = this.hash(slot - 1) & mask;
      while (this.slots[i] !== 0) i = (i + 1) & mask;
      this.slots[i] = slot;
    }
  }
}
