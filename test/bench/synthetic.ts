// Building blocks of the synthetic columnar datasets the view and table benchmarks time.
import type { CodeColumn } from '../../src/data/types';

/** A seeded linear congruential generator in [0, 1): same seed, same dataset. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** A dictionary-encoded column of `rows` codes, each drawn by `pick`. */
export function codeColumn(rows: number, dictionary: string[], pick: () => number): CodeColumn {
  const codes = new Int32Array(rows);
  for (let i = 0; i < rows; i++) codes[i] = pick();
  return { type: 'code', codes, dictionary };
}
