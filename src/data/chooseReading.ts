// Decides whether a file takes the fast path (our own schema, header on its first line) or is read
// through a reading: the one the person chose in the review, or one proposed from the file's head.
import { detectDelimiter, headerLine, splitLine, type Delimiter } from './delimiter';
import { matchHeaders } from './headers';
import { proposeReading } from './proposeReading';
import { readHead } from './readHead';
import type { Reading } from './reading';
import type { LoadIssue, LoadOptions } from './types';

export interface Chosen {
  readonly reading: Reading;
  readonly delimiter: Delimiter;
  /** Defaults the proposal assumed, stated in the report. */
  readonly warnings: readonly LoadIssue[];
}

/** Null for the fast path (or when nothing fits: the fast path then says why). */
export function chooseReading(text: string, options: LoadOptions, detected: Delimiter = detectDelimiter(text)): Chosen | null {
  if (options.reading) return { reading: options.reading, delimiter: options.delimiter ?? detected, warnings: [] };
  if (matchHeaders(splitLine(headerLine(text), detected), 1, options.kind).ok) return null;
  const candidates = options.delimiter ? [options.delimiter] : [...new Set<Delimiter>([detected, ',', ';', '\t'])];
  let best: Chosen | null = null;
  for (const delimiter of candidates) {
    const proposal = proposeReading(readHead(text, delimiter), options.fileName, options.kind);
    if (proposal && (best === null || proposal.reading.headers.length > best.reading.headers.length)) {
      best = { reading: proposal.reading, delimiter, warnings: proposal.warnings };
    }
  }
  return best;
}
