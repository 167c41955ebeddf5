// Event ids of an events dataset, for checking the URL's event parameter.
import type { Dataset } from '../data/types';

export function eventIdsOf(ds: Dataset): string[] {
  const col = ds.columns.event_id;
  if (!col || col.type !== 'code') return [];
  const ids = new Set<string>();
  for (const code of col.codes) {
    const id = code < 0 ? undefined : col.dictionary[code];
    if (id !== undefined) ids.add(id);
  }
  return [...ids];
}
