// Picks the most recent of several candidate figures (from several datasets of one kind).
import type { Figure } from './figure';

/** Latest by date (ISO partial dates compare as strings); ties keep the earlier candidate. */
export function latestFigure<T extends Figure>(candidates: readonly (T | null | undefined)[]): T | null {
  let best: T | null = null;
  for (const f of candidates) {
    if (!f || f.value === null) continue;
    if (!best || (f.date ?? '') > (best.date ?? '')) best = f;
  }
  return best;
}
