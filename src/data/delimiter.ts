// Guesses the delimiter from the header line and confirms it against the column names we know.
import { countKnownHeaders } from './headers';

export type Delimiter = ',' | ';' | '\t';
const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/** The first non-blank physical line (quotes spanning lines in a header are not expected). */
export function headerLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    const line = text.slice(start, end);
    if (line.trim() !== '') return line;
    start = end + 1;
  }
  return '';
}

/** Splits one line on a delimiter, honouring double quotes. */
export function splitLine(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i] as string;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** The candidate under which most header fields are known column names; ties go to more fields. */
export function detectDelimiter(text: string): Delimiter {
  const line = headerLine(text);
  let best: Delimiter = ',';
  let bestKnown = -1;
  let bestFields = 0;
  for (const candidate of CANDIDATES) {
    const fields = splitLine(line, candidate);
    const known = fields.length > 1 ? countKnownHeaders(fields) : 0;
    if (known > bestKnown || (known === bestKnown && fields.length > bestFields)) {
      best = candidate;
      bestKnown = known;
      bestFields = fields.length;
    }
  }
  return best;
}
