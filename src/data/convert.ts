// Cell converters. Each takes a trimmed cell and returns a value or a negative error code,
// so the hot loop allocates nothing; plain digits take a char-code fast path before any rule.
import { INDICATOR_UNITS, MAX_YEAR, MIN_YEAR, PERSPECTIVES, PLACEMENT_TYPES, QUALIFIERS, ROW_STATUSES } from './types';

/** Trims outer whitespace, skipping the call when both ends are plain printable ASCII. */
export function trimCell(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  return a > 32 && a < 127 && b > 32 && b < 127 ? s : s.trim();
}

const MISSING_TOKENS = new Set(['na', 'n/a', 'n.a.', 'n.a', '#n/a', '..', '...', '\u2026', '-', '\u2013', '\u2014', ':']);

/** Blank, NA, N/A, "..", "-", ":", en and em dashes: published tables' ways of saying "no figure". */
export function isMissing(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (n > 4) return false;
  const c = s.charCodeAt(0);
  if (c === 110 || c === 78 || c === 35) return MISSING_TOKENS.has(s.toLowerCase()); // n N #
  if (c === 46 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2026) return MISSING_TOKENS.has(s);
  return false;
}

export const ERR_INVALID = -1;
export const ERR_NEGATIVE = -2;
export const ERR_FRACTION = -3;
export const ERR_TOO_LARGE = -4;
export const ERR_GROUPING = -5;
export const ERR_RANGE = -6;
export const ERR_NOT_A_NUMBER = -7;

export { MAX_YEAR, MIN_YEAR };

export function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function digitsAt(s: string, from: number, count: number): number {
  let v = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** 0 for a valid ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD); ERR_INVALID for another shape; ERR_RANGE for an impossible date. */
export function checkDate(s: string): number {
  const n = s.length;
  if (n !== 4 && n !== 7 && n !== 10) return ERR_INVALID;
  const year = digitsAt(s, 0, 4);
  if (year < 0) return ERR_INVALID;
  let month = 1;
  if (n >= 7) {
    if (s.charCodeAt(4) !== 45) return ERR_INVALID;
    month = digitsAt(s, 5, 2);
    if (month < 0) return ERR_INVALID;
  }
  let day = 1;
  if (n === 10) {
    if (s.charCodeAt(7) !== 45) return ERR_INVALID;
    day = digitsAt(s, 8, 2);
    if (day < 0) return ERR_INVALID;
  }
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return ERR_RANGE;
  return 0;
}

function enumTable(canonical: readonly string[], synonyms: Readonly<Record<string, string>>): Map<string, number> {
  const table = new Map<string, number>();
  canonical.forEach((value, i) => {
    table.set(value, i);
    table.set(value.replace(/_/g, ' '), i);
  });
  for (const [word, value] of Object.entries(synonyms)) table.set(word, canonical.indexOf(value));
  return table;
}

const ENUM_SPACES = /[\s_-]+/g;

function enumLookup(table: Map<string, number>, canonical: readonly string[], s: string): number {
  for (let i = 0; i < canonical.length; i++) if (s === canonical[i]) return i; // cheaper than hashing a fresh string
  const direct = table.get(s);
  if (direct !== undefined) return direct;
  return table.get(s.toLowerCase().replace(ENUM_SPACES, ' ').trim()) ?? ERR_INVALID;
}

const QUALIFIER_TABLE = enumTable(QUALIFIERS, {
  exactly: 'exact', '=': 'exact',
  'at least': 'at_least', 'more than': 'at_least', 'over': 'at_least', '>': 'at_least', '>=': 'at_least', '\u2265': 'at_least', '+': 'at_least', 'atleast': 'at_least', 'min': 'at_least', 'minimum': 'at_least',
  about: 'approx', approximately: 'approx', '~': 'approx', '\u2248': 'approx', almost: 'approx', around: 'approx', nearly: 'approx', circa: 'approx', 'ca.': 'approx', 'approx.': 'approx', roughly: 'approx', estimated: 'approx',
});
const STATUS_TABLE = enumTable(ROW_STATUSES, {});
const PERSPECTIVE_TABLE = enumTable(PERSPECTIVES, { dutystation: 'duty_station' });
const TYPE_TABLE = enumTable(PLACEMENT_TYPES, {});
const UNIT_TABLE = enumTable(INDICATOR_UNITS, {
  number: 'count', people: 'count', persons: 'count', '%': 'percent', pct: 'percent', 'per cent': 'percent', percentage: 'percent', share: 'percent',
  'per 1000': 'per_1000', 'per 1,000': 'per_1000', 'per thousand': 'per_1000', '\u2030': 'per_1000', 'per 1000 people': 'per_1000', 'per 1,000 people': 'per_1000',
});

/** Index into QUALIFIERS; the caller maps a missing cell to "exact". */
export const parseQualifier = (s: string): number => enumLookup(QUALIFIER_TABLE, QUALIFIERS, s);
/** Index into ROW_STATUSES; the caller maps a missing cell to "reported". */
export const parseStatus = (s: string): number => enumLookup(STATUS_TABLE, ROW_STATUSES, s);
export const parsePerspective = (s: string): number => enumLookup(PERSPECTIVE_TABLE, PERSPECTIVES, s);
export const parsePlacementType = (s: string): number => enumLookup(TYPE_TABLE, PLACEMENT_TYPES, s);
export const parseUnit = (s: string): number => enumLookup(UNIT_TABLE, INDICATOR_UNITS, s);

const PLAIN_DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED_POINT = /^[+-]?\d{1,3}(?:[, \u00a0\u202f']\d{3})+(?:\.\d+)?$/;
const GROUPED_COMMA = /^[+-]?\d{1,3}(?:[. \u00a0\u202f']\d{3})+(?:,\d+)?$/;

/** Any finite number ("12.5", "-3", "1,234.5", "12,5" in a semicolon file, a trailing "%"); NaN when it is not one. */
export function parseDecimal(s: string, decimalComma: boolean): number {
  const x = plainDecimalAt(s, 0, s.length, decimalComma);
  return x === x ? x : parseDecimalSlow(s, decimalComma);
}

/**
 * The number written in text[from, to) when it is plain: digits with at most one "." (or "," in a semicolon
 * file) and a leading "-", no regular expression; NaN for anything else (parseDecimal then tries its rules).
 * The scan of plain records reads a wide file's figures by the same rule as it splits them (plainRecords.ts).
 */
export function plainDecimalAt(text: string, from: number, to: number, decimalComma: boolean): number {
  // The digits form an integer below 2^53 and 10^k is exact, so their quotient is the correctly rounded value.
  const mark = decimalComma ? 44 : 46;
  const negative = from < to && text.charCodeAt(from) === 45;
  let i = negative ? from + 1 : from;
  let digits = 0;
  let scale = -1;
  let v = 0;
  for (; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      digits++;
    } else if (c === mark && scale < 0) scale = to - i - 1;
    else break;
  }
  if (i === to && digits > 0 && digits < 16 && scale !== 0) {
    const x = scale > 0 ? v / (POW10[scale] as number) : v;
    return negative ? -x : x;
  }
  return NaN;
}

/** 10^k for the up to 15 decimals of a plain figure (exact doubles). */
export const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

function parseDecimalSlow(s: string, decimalComma: boolean): number {
  let t = s.charCodeAt(s.length - 1) === 37 ? s.slice(0, -1).trimEnd() : s; // "12.5%"
  if (t.charCodeAt(0) === 0x2212) t = `-${t.slice(1)}`;
  if (decimalComma) {
    if (GROUPED_COMMA.test(t)) t = t.replace(/[. \u00a0\u202f']/g, '');
    t = t.replace(',', '.');
  } else if (GROUPED_POINT.test(t)) t = t.replace(/[, \u00a0\u202f']/g, '');
  if (!PLAIN_DECIMAL.test(t)) return NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : NaN;
}

const GOAL_PREFIX = /(?:\bsdgs?|\bgoals?)\s*[-#:.]?\s*/giu;
const GOAL_SEPARATORS = /[|;,/&+\s]+/u;

/** SDG goals as a bitmask (bit g-1): "4", "4|5", "4;5", "SDG 4", "Goal 13". ERR_RANGE outside 1..17. */
export function parseGoals(s: string): number {
  const fast = plainGoals(s);
  return fast === ERR_INVALID ? goalsWithWords(s) : fast;
}

/** Digits separated by | ; , / & + or spaces, without allocating; ERR_INVALID for anything else. */
function plainGoals(s: string): number {
  let mask = 0;
  let g = 0;
  let inNumber = false;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 124;
    if (c >= 48 && c <= 57) {
      g = g * 10 + (c - 48);
      inNumber = true;
      if (g > 99) return ERR_RANGE;
    } else if (c === 124 || c === 59 || c === 44 || c === 47 || c === 38 || c === 43 || c === 32) {
      if (!inNumber) continue;
      if (g < 1 || g > 17) return ERR_RANGE;
      mask |= 1 << (g - 1);
      g = 0;
      inNumber = false;
    } else return ERR_INVALID;
  }
  return mask === 0 ? ERR_INVALID : mask;
}

function goalsWithWords(s: string): number {
  let mask = 0;
  let any = false;
  for (const token of s.replace(GOAL_PREFIX, ' ').split(GOAL_SEPARATORS)) {
    if (token === '') continue;
    if (!allDigits(token)) return ERR_INVALID;
    const g = Number(token);
    if (g < 1 || g > 17) return ERR_RANGE;
    mask |= 1 << (g - 1);
    any = true;
  }
  return any ? mask : ERR_INVALID;
}
