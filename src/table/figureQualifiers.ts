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

/** The columns with each qualifier cleared (code -1) on rows where none of its figures has a value. */
export function withoutOrphanQualifiers(columns: Readonly<Record<string, Column>>): Readonly<Record<string, Column>> {
  let out: Record<string, Column> | null = null;
  for (const [qualifierId, figureIds] of qualifiedFigures(columns)) {
    const qualifier = columns[qualifierId];
    if (qualifier?.type !== 'code') continue;
    const figures = figureIds.flatMap((id) => { const c = columns[id]; return c?.type === 'number' ? [c.values] : []; });
    let codes: Int32Array | null = null;
    rows: for (let i = 0; i < qualifier.codes.length; i++) {
      if (qualifier.codes[i]! < 0) continue;
      for (const values of figures) { const v = values[i]!; if (v === v) continue rows; }
      codes ??= qualifier.codes.slice();
      codes[i] = -1;
    }
    if (codes) (out ??= { ...columns })[qualifierId] = { ...qualifier, codes };
  }
  return out ?? columns;
}
