// Finds figures made by a reshape that repeat an earlier figure's key: identical ones are merged (a
// warning), different ones refused (an error citing both lines), as the loader does for rows.
import { compactRows } from './columnar';
import { duplicateIssue } from './columnarMessages';
import { KEY_SEED, finalMix, findRepeats, mixKey, type KeyPart } from './duplicates';
import type { Column, LoadIssue } from './types';

export interface Figures {
  readonly columns: Record<string, Column>;
  lines: Int32Array;
  rows: number;
}

function part(column: Column | undefined): KeyPart {
  if (!column) return () => 0;
  if (column.type === 'number') return (r) => column.values[r]!;
  if (column.type === 'goals') return (r) => column.masks[r]!;
  return (r) => column.codes[r]!;
}

function cellText(column: Column | undefined, r: number): string {
  if (!column) return '';
  if (column.type === 'number') return String(column.values[r]);
  if (column.type === 'goals') return String(column.masks[r]);
  const c = column.codes[r]!;
  return c < 0 ? '' : column.dictionary[c] ?? '';
}

function repeats(columns: Readonly<Record<string, Column>>, rows: number, key: readonly string[]): { pairs: number[]; parts: KeyPart[] } {
  const parts = key.map((name) => part(columns[name]));
  const hashes = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let h = KEY_SEED;
    for (const p of parts) h = mixKey(h, p(r));
    hashes[r] = finalMix(h);
  }
  return { pairs: findRepeats(hashes, rows, parts), parts };
}

/** Drops repeated figures in place; returns how many were merged (identical) and refused (different). */
export function resolveFigureDuplicates(figures: Figures, key: readonly string[], report: (issue: LoadIssue) => void): { merged: number; conflicting: number } {
  const { pairs } = repeats(figures.columns, figures.rows, key);
  if (pairs.length === 0) return { merged: 0, conflicting: 0 };
  const all = Object.values(figures.columns);
  const drop = new Uint8Array(figures.rows);
  let merged = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const later = pairs[i]!;
    const earlier = pairs[i + 1]!;
    const same = all.every((c) => part(c)(later) === part(c)(earlier) || (c.type === 'number' && Number.isNaN(c.values[later]) && Number.isNaN(c.values[earlier])));
    if (same) merged++;
    drop[later] = 1;
    report(duplicateIssue(same, figures.lines[later]!, figures.lines[earlier]!, key.map((name) => cellText(figures.columns[name], earlier)).join(', ')));
  }
  const arrays: (Float64Array | Int32Array | Uint32Array)[] = [figures.lines];
  for (const c of all) arrays.push(c.type === 'number' ? c.values : c.type === 'goals' ? c.masks : c.codes);
  const rows = compactRows(arrays, drop, figures.rows);
  for (const [name, c] of Object.entries(figures.columns)) {
    figures.columns[name] = c.type === 'number' ? { type: 'number', values: c.values.slice(0, rows) }
      : c.type === 'goals' ? { type: 'goals', masks: c.masks.slice(0, rows) }
      : { type: 'code', codes: c.codes.slice(0, rows), dictionary: c.dictionary };
  }
  figures.lines = figures.lines.slice(0, rows);
  figures.rows = rows;
  return { merged, conflicting: pairs.length / 2 - merged };
}
