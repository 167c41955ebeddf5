// A qualifier says how exact a figure is. A row without the figure has nothing to qualify, so the table
// drops its qualifier: the cell is blank, sorts last and matches no qualifier filter.
import type { Column } from '../data/types';

/** Number columns that hold figures (counts), as opposed to a year. */
function isFigure(id: string, column: Column): boolean {
  return column.type === 'number' && id !== 'year';
}

/** The qualifier column of a figure: its own (`delegates_qualifier`) or the kind's single `qualifier`. */
export function qualifierIdOf(columns: Readonly<Record<string, Column>>, figureId: string): string | null {
  const own = `${figureId}_qualifier`;
  if (columns[own]?.type === 'code') return own;
  return columns.qualifier?.type === 'code' ? 'qualifier' : null;
}

/** Qualifier column id -> the figure columns it qualifies. */
export function qualifiedFigures(columns: Readonly<Record<string, Column>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, column] of Object.entries(columns)) {
    if (!isFigure(id, column)) continue;
    const qualifier = qualifierIdOf(columns, id);
    if (qualifier === null) continue;
    out.set(qualifier, [...(out.get(qualifier) ?? []), id]);
  }
  return out;
}

/** A copy of `codes` with -1 where no figure has a value, or null when there is no such row. */
function clearedCodes(codes: Int32Array, figures: readonly Float64Array[]): Int32Array | null {
  let out: Int32Array | null = null;
  const [a, b] = figures;
  if (figures.length <= 2) {
    // One or two figures (every kind today): one flat pass.
    for (let i = 0; i < codes.length; i++) {
      if (codes[i]! < 0) continue;
      const va = a ? a[i]! : NaN;
      if (va === va) continue;
      const vb = b ? b[i]! : NaN;
      if (vb === vb) continue;
      (out ??= codes.slice())[i] = -1;
    }
    return out;
  }
  rows: for (let i = 0; i < codes.length; i++) {
    if (codes[i]! < 0) continue;
    for (const values of figures) { const v = values[i]!; if (v === v) continue rows; }
    (out ??= codes.slice())[i] = -1;
  }
  return out;
}

// Per qualifier column and its figures' columns: a table shown again (another view and back) reuses the pass.
const cleared = new WeakMap<Int32Array, { figures: readonly Float64Array[]; codes: Int32Array | null }>();

/** The figure columns' values of each qualifier column (what withoutOrphanQualifiers reads). */
export function qualifierFigures(columns: Readonly<Record<string, Column>>): Map<string, Float64Array[]> {
  const out = new Map<string, Float64Array[]>();
  for (const [qualifierId, figureIds] of qualifiedFigures(columns)) {
    out.set(qualifierId, figureIds.flatMap((id) => { const c = columns[id]; return c?.type === 'number' ? [c.values] : []; }));
  }
  return out;
}

/** Takes a pass made elsewhere (the loader worker's): `cleared` is what clearedCodes gave for these arrays. */
export function rememberCleared(codes: Int32Array, figures: readonly Float64Array[], out: Int32Array | null): void {
  cleared.set(codes, { figures, codes: out });
}

function clearedOnce(codes: Int32Array, figures: readonly Float64Array[]): Int32Array | null {
  const hit = cleared.get(codes);
  if (hit && hit.figures.length === figures.length && hit.figures.every((f, k) => f === figures[k])) return hit.codes;
  const out = clearedCodes(codes, figures);
  cleared.set(codes, { figures, codes: out });
  return out;
}

/** The columns with each qualifier cleared (code -1) on rows where none of its figures has a value. */
export function withoutOrphanQualifiers(columns: Readonly<Record<string, Column>>): Readonly<Record<string, Column>> {
  let out: Record<string, Column> | null = null;
  for (const [qualifierId, figures] of qualifierFigures(columns)) {
    const qualifier = columns[qualifierId];
    if (qualifier?.type !== 'code') continue;
    const codes = clearedOnce(qualifier.codes, figures);
    if (codes) (out ??= { ...columns })[qualifierId] = { ...qualifier, codes };
  }
  return out ?? columns;
}
