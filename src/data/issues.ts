// One constructor for load issues, so every problem carries line, column, value and params alike.
import type { LoadIssue } from './types';

type Params = Readonly<Record<string, string | number>>;

export function loadError(
  code: string,
  line: number | null,
  column: string | null,
  value: string | null,
  message: string,
  params?: Params,
): LoadIssue {
  return params ? { severity: 'error', code, line, column, value, message, params } : { severity: 'error', code, line, column, value, message };
}

export function loadWarning(
  code: string,
  line: number | null,
  column: string | null,
  value: string | null,
  message: string,
  params?: Params,
): LoadIssue {
  return params ? { severity: 'warning', code, line, column, value, message, params } : { severity: 'warning', code, line, column, value, message };
}

/** A cell as a message shows it, shortened so one bad 10 MB cell does not flood the report. */
export function shortValue(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}...` : value;
}

/** Quotes a cell for a message (shortened, see shortValue). */
export function quoteValue(value: string): string {
  return `'${shortValue(value)}'`;
}
