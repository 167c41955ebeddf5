// A figure that counts only part of a country (one agency, mission or crisis): its note starts "subset:".
import type { Figure } from './figure';

const SUBSET = /^\s*subset:\s*/i;
/** Where the scope phrase ends: a clause, a colon, or a quotation that follows it. */
const SCOPE_END = /;|:|\s\("|\.\s/;

/** What a partial figure covers ("only the UN Volunteers with UNAMA"), or null for a whole-country figure. */
export function partialScope(note: string | null | undefined): string | null {
  if (!note || !SUBSET.test(note)) return null;
  const rest = note.replace(SUBSET, '');
  const end = rest.search(SCOPE_END);
  return (end < 0 ? rest : rest.slice(0, end)).trim().replace(/\.$/, '');
}

export const isPartial = (figure: Pick<Figure, 'note'> | null | undefined): boolean => partialScope(figure?.note) !== null;
