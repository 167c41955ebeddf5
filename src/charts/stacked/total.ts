// What the end of a stacked bar says. A bar with every part published shows their sum; a bar with a part
// missing says which part is known and which was not published, and never shows an invented total.
import type { Qualifier } from '../../data/types';
import { weakerQualifier } from '../../transforms/figure';
import type { StackedRow } from './types';

export interface StackTotal {
  /** Sum of the parts, only when every part is known. */
  readonly value: number | null;
  readonly qualifier: Qualifier;
  /** Sum of the known parts: how long the bar is drawn. */
  readonly drawn: number;
  readonly complete: boolean;
  readonly text: string;
  /** The text's phrases (one per part when a part is missing), for drawing on separate lines. */
  readonly phrases: readonly string[];
}

export interface StackTextOptions {
  readonly formatValue: (value: number, qualifier?: Qualifier) => string;
  readonly noDataLabel: string;
  /** "65 national" from the formatted value and the part's label. */
  readonly formatPart: (value: string, label: string) => string;
  /** "international not published". */
  readonly missingPart: (label: string) => string;
  /** Between the phrases: "; " ("؛ " in Arabic). */
  readonly join?: string;
}

const known = (v: number | null): v is number => v !== null && Number.isFinite(v);

export function stackTotal(row: StackedRow, options: StackTextOptions): StackTotal {
  const parts = row.segments.filter((s) => known(s.value));
  const drawn = parts.reduce((sum, s) => sum + Math.max(0, s.value ?? 0), 0);
  const qualifier = parts.reduce<Qualifier>((q, s) => weakerQualifier(q, s.qualifier ?? 'exact'), 'exact');
  if (parts.length === 0) return { value: null, qualifier: 'exact', drawn: 0, complete: false, text: options.noDataLabel, phrases: [options.noDataLabel] };
  if (parts.length === row.segments.length) {
    const value = parts.reduce((sum, s) => sum + (s.value ?? 0), 0);
    const text = options.formatValue(value, qualifier);
    return { value, qualifier, drawn, complete: true, text, phrases: [text] };
  }
  const phrases = row.segments.map((s) => (known(s.value) ? options.formatPart(options.formatValue(s.value, s.qualifier), s.label) : options.missingPart(s.label)));
  return { value: null, qualifier, drawn, complete: false, text: phrases.join(options.join ?? '; '), phrases };
}
