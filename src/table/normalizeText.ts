// Search text is compared without case or accents: "Türkiye" matches "turkiye", "Côte" matches "cote".
const MARKS = /\p{M}+/gu;

/** NFD, strip combining marks, lower-case (locale-independent). */
export function normalizeText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}
