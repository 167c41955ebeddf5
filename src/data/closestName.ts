// "Did you mean ...?" for a country cell nobody recognised: the nearest known name by edit distance.

export interface NamedEntry {
  /** Normalised spelling (see normalizeName). */
  readonly key: string;
  /** What to show the user: the official name in the language this spelling was written in. */
  readonly suggestion: string;
}

/** Edits allowed for a name of this length: one per four characters, at least one; short strings get none. */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : Math.max(1, Math.floor(length / 4));
}

/** Levenshtein distance, or limit + 1 as soon as it must exceed limit. */
export function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Int32Array(b.length + 1);
  let curr = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    curr[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (curr[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length] ?? limit + 1;
}

/** The suggestion of the closest entry within maxEdits of the query, or null when nothing is close. */
export function closestName(query: string, entries: readonly NamedEntry[]): string | null {
  let limit = maxEdits(query.length);
  if (limit === 0) return null;
  let best: string | null = null;
  for (const entry of entries) {
    const d = boundedDistance(query, entry.key, limit);
    if (d <= limit) {
      best = entry.suggestion;
      if (d === 0) break;
      limit = d - 1; // only a strictly closer entry can replace it
      if (limit < 0) break;
    }
  }
  return best;
}
