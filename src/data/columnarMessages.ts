// Plain-English issues for cells that fail conversion, and for duplicate keys.
import { ERR_FRACTION, ERR_GROUPING, ERR_NEGATIVE, ERR_NOT_A_NUMBER, ERR_RANGE, ERR_TOO_LARGE } from './convert';
import { loadError, loadWarning, quoteValue } from './issues';
import type { ColumnSpec } from './schemas';
import type { LoadIssue } from './types';

const ENUM_HINTS: Readonly<Record<string, string>> = {
  qualifier: 'exact, at_least ("at least", "more than", ">") or approx ("about", "approximately", "~", "almost"); leave it empty for exact',
  status: 'reported, derived or illustrative',
  perspective: 'duty_station or nationality',
  placementType: 'national, international or total',
  unit: 'count, percent, per_1000 or other',
};
const ENUM_CODES: Readonly<Record<string, string>> = {
  qualifier: 'invalid_qualifier', status: 'invalid_status', perspective: 'invalid_perspective', placementType: 'invalid_type', unit: 'invalid_unit',
};

/** Cell types whose messages do not name the canonical column (enums do: "not a valid delegates_qualifier"). */
const TYPED_CELLS: ReadonlySet<string> = new Set(['count', 'year', 'date', 'goals', 'decimal']);

function countProblem(problem: number, v: string, decimalComma: boolean): [string, string] {
  switch (problem) {
    case ERR_NEGATIVE: return ['negative_count', `${v} is negative; a count cannot be below zero.`];
    case ERR_NOT_A_NUMBER: return ['invalid_count', `${v} is not a count. Write a whole number, or leave the cell empty if there is no figure.`];
    case ERR_FRACTION:
      return ['fractional_count', decimalComma
        ? `${v} is not a whole number (in a semicolon-separated file "," is the decimal mark and "." separates thousands). Counts must be whole.`
        : `${v} is not a whole number (in this file "." is the decimal mark; write 1234 or "1,234" for thousands). Counts must be whole.`];
    case ERR_TOO_LARGE: return ['count_too_large', `${v} is larger than 2^53 (9007199254740992) and cannot be stored exactly.`];
    case ERR_GROUPING: return ['ambiguous_number', `${v} has thousands separators in unexpected places; group digits by three, e.g. 1,234,567.`];
    default: return ['invalid_count', `${v} is not a count. Write a whole number such as 1234, and put "at least" or "about" in the qualifier column.`];
  }
}

function problemText(spec: ColumnSpec, problem: number, v: string, decimalComma: boolean): [string, string] {
  switch (spec.type) {
    case 'count': return countProblem(problem, v, decimalComma);
    case 'year':
      return problem === ERR_RANGE
        ? ['year_out_of_range', `${v} is outside the years 1900 to 2100.`]
        : ['invalid_year', `${v} is not a year; write four digits such as 2023.`];
    case 'date':
      return problem === ERR_RANGE
        ? ['impossible_date', `${v} is not a real date between 1900 and 2100.`]
        : ['invalid_date', `${v} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.`];
    case 'decimal':
      return ['invalid_number', `${v} is not a number; write digits such as 12.5, or leave the cell empty if there is no figure.`];
    case 'goals':
      return problem === ERR_RANGE
        ? ['goal_out_of_range', `${v} names a goal outside 1 to 17.`]
        : ['invalid_goal', `${v} is not a list of SDG goals; write numbers from 1 to 17 separated by "|", e.g. 4|5.`];
    default:
      return [ENUM_CODES[spec.type] ?? 'invalid_value', `${v} is not a valid ${spec.name}; use ${ENUM_HINTS[spec.type] ?? 'another value'}.`];
  }
}

/**
 * problem: 1 = a required cell is missing; <= -200 = unknown country (suggestion index -200 - problem);
 * otherwise a converter error code (ERR_*).
 */
export function cellProblem(
  spec: ColumnSpec, header: string, raw: string, trimmed: string, problem: number, line: number, decimalComma: boolean,
  suggestions: readonly (string | null)[],
): LoadIssue {
  const column = header.trim();
  if (problem === 1) {
    return loadError('missing_value', line, header, raw, `The ${column} cell is empty, but every row needs one.`, { column });
  }
  if (problem <= -200) {
    const suggestion = suggestions[-200 - problem] ?? null;
    const message = suggestion
      ? `Unknown country ${quoteValue(trimmed)}. Did you mean '${suggestion}'?`
      : `Unknown country ${quoteValue(trimmed)}. Use an ISO 3166 code such as KAZ, or the country's name.`;
    return loadError('unknown_country', line, header, raw, message, suggestion ? { column, value: trimmed, suggestion } : { column, value: trimmed });
  }
  const [code, message] = problemText(spec, problem, quoteValue(trimmed), decimalComma);
  // Everything the sentence says beyond the cell itself, so it can be rebuilt in another language.
  const params: Record<string, string | number> = { column, value: trimmed };
  if (!TYPED_CELLS.has(spec.type)) params.canonical = spec.name;
  if (code === 'fractional_count') params.decimalMark = decimalComma ? ',' : '.';
  if (code === 'invalid_count') params.reason = problem === ERR_NOT_A_NUMBER ? 'not_a_number' : 'not_a_count';
  return loadError(code, line, header, raw, message, params);
}

export function duplicateIssue(identical: boolean, line: number, earlierLine: number, key: string): LoadIssue {
  return identical
    ? loadWarning('duplicate_row', line, null, null, `Line ${line} repeats line ${earlierLine} exactly (${key}); it was counted once.`, { line, earlierLine, key })
    : loadError('conflicting_row', line, null, null, `Line ${line} has the same key as line ${earlierLine} (${key}) but different values; line ${line} was not loaded. Keep one of them.`, { line, earlierLine, key });
}

export function endBeforeStartIssue(header: string, start: string, end: string, line: number): LoadIssue {
  return loadError('end_before_start', line, header, end, `The end date '${end}' is before the start date '${start}'.`, { start, end });
}
