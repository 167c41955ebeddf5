// Deterministic text measurement for layouts: no DOM, so layouts stay pure and testable.
// Widths are deliberately generous (a bit wider than common sans-serif fonts) so estimates never under-run.

const NARROW = new Set([...'iIl.,:;\'|!()[]{}1 ']);
const WIDE = new Set([...'mwMW@%']);

/** Width of one character in ems. */
function charEm(ch: string): number {
  if (NARROW.has(ch)) return 0.34;
  if (WIDE.has(ch)) return 0.92;
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1.0; // CJK and other full-width scripts
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  if (code >= 0x0410 && code <= 0x042f) return 0.72; // Cyrillic capitals
  return 0.6;
}

/** Estimated rendered width of text in px at the given font size. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charEm(ch);
  return em * fontSize;
}

const ELLIPSIS = '…';

/** Shortens text to fit maxWidth, ending with an ellipsis; returns "" if not even one letter fits. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  const room = maxWidth - textWidth(ELLIPSIS, fontSize);
  let used = 0;
  let n = 0;
  for (const ch of chars) {
    const w = charEm(ch) * fontSize;
    if (used + w > room) break;
    used += w;
    n += 1;
  }
  return n === 0 ? '' : chars.slice(0, n).join('').trimEnd() + ELLIPSIS;
}

/**
 * Greedy word wrap into at most maxLines lines of maxWidth; the last line is truncated with an ellipsis
 * when words remain.
 */
export function wrap(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let i = 0;
  while (i < words.length) {
    const next = current ? `${current} ${words[i]}` : (words[i] ?? '');
    if (!current || textWidth(next, fontSize) <= maxWidth) {
      current = next;
      i += 1;
      continue;
    }
    if (lines.length >= maxLines - 1) break; // the last line takes everything that is left
    lines.push(current);
    current = '';
  }
  const remaining = [current, ...words.slice(i)].filter(Boolean).join(' ');
  if (remaining) lines.push(remaining);
  return lines.map((line) => truncate(line, maxWidth, fontSize));
}
