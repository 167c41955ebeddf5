import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KEY_SEED, finalMix, findRepeats, mixKey } from '../../../src/data/duplicates';

function hashesOf(keys: readonly (readonly number[])[]): Int32Array {
  return Int32Array.from(keys, (key) => finalMix(key.reduce(mixKey, KEY_SEED)));
}

describe('findRepeats', () => {
  it('pairs each repeat with the first row of its key, in row order', () => {
    const keys = [[2023, 1], [2023, 2], [2023, 1], [2024, 1], [2023, 2], [2023, 1]];
    const parts = [(r: number) => keys[r]?.[0] ?? -1, (r: number) => keys[r]?.[1] ?? -1];
    expect(findRepeats(hashesOf(keys), keys.length, parts)).toEqual([2, 0, 4, 1, 5, 0]);
  });

  it('does not mistake a hash collision for a repeat', () => {
    const keys = [[1], [2], [1], [2]];
    const collided = new Int32Array(4).fill(12345); // every row in one bucket with one hash
    expect(findRepeats(collided, 4, [(r) => keys[r]?.[0] ?? -1])).toEqual([2, 0, 3, 1]);
  });

  it('finds nothing among 200,000 distinct keys', () => {
    const n = 200_000;
    const hashes = Int32Array.from({ length: n }, (_, i) => finalMix(mixKey(KEY_SEED, i)));
    expect(findRepeats(hashes, n, [(r) => r])).toEqual([]);
  });

  it('finds every repeat a plain map finds, however many rows (and so buckets) there are (property)', () => {
    // Few distinct values, so repeats are common; the row count sets how many hash buckets are used.
    const keys = fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: -1, max: 3 })), { minLength: 1, maxLength: 3000 });
    fc.assert(fc.property(keys, (rows) => {
      const first = new Map<string, number>();
      const expected: number[] = [];
      rows.forEach((key, r) => {
        const earlier = first.get(String(key));
        if (earlier === undefined) first.set(String(key), r);
        else expected.push(r, earlier);
      });
      expect(findRepeats(hashesOf(rows), rows.length, [(r) => rows[r]![0], (r) => rows[r]![1]])).toEqual(expected);
    }), { numRuns: 60 });
  });
});
