// Shared by the loader tests: load a string or bytes with the fake resolver, read rows back.
import { codeAt, goalsAt, maskAt, numberAt } from '../../../src/data/columns';
import { loadCsv } from '../../../src/data/loadCsv';
import type { Dataset, LoadOptions, LoadResult } from '../../../src/data/types';
import { fakeContext } from '../../fixtures/fakeCountryResolver';

export function load(input: string | Uint8Array, options: Partial<LoadOptions> = {}): LoadResult {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return loadCsv(bytes, { fileName: 'test.csv', ...options }, fakeContext());
}

export type Cell = number | string | null | number[];

/** Rows as plain objects: numbers (NaN when missing), strings or null, goal lists. */
export function rowsOf(dataset: Dataset | null, columns?: readonly string[]): Record<string, Cell>[] {
  if (!dataset) return [];
  const names = columns ?? Object.keys(dataset.columns);
  return Array.from({ length: dataset.rowCount }, (_, i) => {
    const row: Record<string, Cell> = {};
    for (const name of names) {
      const column = dataset.columns[name];
      if (!column) throw new Error(`no column ${name}`);
      row[name] = column.type === 'number' ? numberAt(column, i) : column.type === 'goals' ? goalsAt(maskAt(column, i)) : codeAt(column, i);
    }
    return row;
  });
}

/** The accounting every load must satisfy, whatever the input. */
export function invariantHolds(result: LoadResult): boolean {
  const r = result.report;
  const rows = result.dataset?.rowCount ?? 0;
  // A reshaped file makes figures, not rows: its merged count is of figures, and the figures are the rows.
  const reshaped = r.reading !== undefined && r.reading.shape !== 'long';
  return r.loaded + r.rejected + r.blank === r.recordsRead
    && (result.dataset === null || (reshaped ? rows === r.reading!.figures : rows === r.loaded - r.merged));
}

/** UTF-16 bytes with a BOM. */
export function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

export function concatBytes(...parts: (Uint8Array | number[] | string)[]): Uint8Array {
  const arrays = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : p instanceof Uint8Array ? p : Uint8Array.from(p)));
  const out = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}
