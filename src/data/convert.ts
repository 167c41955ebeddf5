// Cell converters. Each takes a trimmed cell and returns a value or a negative error code,
// so the hot loop allocates nothing; plain digits take a char-code fast path before any rule.
import { PERSPECTIVES, PLACEMENT_TYPES, QUALIFIERS, ROW_STATUSES } from './types';

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

const MAX_SAFE_DIGITS = '9007199254740992'; // 2^53

/** Compares a digit string (no leading zeros) against 2^53. */
function aboveTwoTo53(digits: string): boolean {
  const d = digits.replace(/^0+/, '');
  return d.length > MAX_SAFE_DIGITS.length || (d.length === MAX_SAFE_DIGITS.length && d > MAX_SAFE_DIGITS);
}

function allDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const SPACES = ' \u00a0\u202f\u2009';
const COMMA_FILE_GROUPS = `,${SPACES}'\u2019`;
const SEMICOLON_FILE_GROUPS = `.${SPACES}'\u2019`;

/** Digits grouped by threes with one consistent separator: "1,234,567", "1 234", "1'234". */
function ungroup(s: string, separators: string): string | null {
  let sep = '';
  let digits = '';
  let run = 0;
  let groups = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const c = ch.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      digits += ch;
      run++;
      continue;
    }
    if (separators.indexOf(ch) < 0 || (sep !== '' && ch !== sep)) return null;
    if (run === 0 || run > 3 || (groups > 0 && run !== 3)) return null;
    sep = ch;
    run = 0;
    groups++;
  }
  if (groups === 0 || run !== 3) return null;
  return digits;
}

/**
 * A whole, non-negative count. Comma/tab files use "." as the decimal mark; semicolon files use ","
 * (so "1.234" is one thousand two hundred and thirty-four there). Fractions are errors, never rounded.
 */
export function parseCount(s: string, decimalComma: boolean): number {
  const n = s.length;
  if (n <= 15) {
    let v = 0;
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      v = v * 10 + (c - 48);
    }
    if (i === n && n > 0) return v;
  }
  return parseCountSlow(s, decimalComma);
}

function isGroupSeparator(c: number, decimalComma: boolean): boolean {
  if (c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 || c === 0x2019) return true;
  return decimalComma ? c === 46 : c === 44;
}

/** "1,234,567" (or "1.234" in a semicolon file, "1 234", "1'234") without allocating; -1 if not that shape. */
function groupedCount(s: string, decimalComma: boolean): number {
  let v = 0;
  let sep = -1;
  let run = 0;
  let groups = 0;
  let digits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      v = v * 10 + (c - 48);
      run++;
      digits++;
      continue;
    }
    if (!isGroupSeparator(c, decimalComma) || (sep >= 0 && c !== sep)) return -1;
    if (run === 0 || run > 3 || (groups > 0 && run !== 3)) return -1;
    sep = c;
    run = 0;
    groups++;
  }
  return groups > 0 && run === 3 && digits < 16 ? v : -1;
}

function parseCountSlow(s: string, decimalComma: boolean): number {
  const grouped = groupedCount(s, decimalComma);
  if (grouped >= 0) return grouped;
  let t = s;
  if (t[0] === '+') t = t.slice(1).trim();
  const lower = t.toLowerCase();
  if (lower === 'nan' || lower === 'inf' || lower === 'infinity' || lower === '-infinity' || lower === '\u221e') return ERR_NOT_A_NUMBER;
  if (t[0] === '-' || t[0] === '\u2212') {
    return /\d/.test(t) ? ERR_NEGATIVE : ERR_INVALID;
  }
  const decimal = decimalComma ? ',' : '.';
  const parts = t.split(decimal);
  if (parts.length > 2) return /^[\d.,]+$/.test(t) ? ERR_GROUPING : ERR_INVALID;
  const whole = parts[0] as string;
  const fraction = parts[1];
  if (fraction !== undefined) {
    const wholeOk = whole === '' || allDigits(whole) || ungroup(whole, decimalComma ? SEMICOLON_FILE_GROUPS : COMMA_FILE_GROUPS) !== null;
    return wholeOk && allDigits(fraction) ? ERR_FRACTION : ERR_INVALID;
  }
  const digits = allDigits(whole) ? whole : ungroup(whole, decimalComma ? SEMICOLON_FILE_GROUPS : COMMA_FILE_GROUPS);
  if (digits === null) {
    return /^\d[\d.,'\u2019 \u00a0\u202f\u2009]*\d$/.test(whole) ? ERR_GROUPING : ERR_INVALID;
  }
  if (aboveTwoTo53(digits)) return ERR_TOO_LARGE;
  return Number(digits);
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** A whole year between 1900 and 2100. */
export function parseYear(s: string): number {
  if (s.length === 4) {
    const y = digitsAt(s, 0, 4);
    if (y >= 0) return y >= MIN_YEAR && y <= MAX_YEAR ? y : ERR_RANGE;
  }
  if (!allDigits(s)) return ERR_INVALID;
  if (s.length > 6) return ERR_RANGE;
  const y = Number(s);
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : ERR_RANGE;
}

function digitsAt(s: string, from: number, count: number): number {
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

/** Index into QUALIFIERS; the caller maps a missing cell to "exact". */
export const parseQualifier = (s: string): number => enumLookup(QUALIFIER_TABLE, QUALIFIERS, s);
/** Index into ROW_STATUSES; the caller maps a missing cell to "reported". */
export const parseStatus = (s: string): number => enumLookup(STATUS_TABLE, ROW_STATUSES, s);
export const parsePerspective = (s: string): number => enumLookup(PERSPECTIVE_TABLE, PERSPECTIVES, s);
export const parsePlacementType = (s: string): number => enumLookup(TYPE_TABLE, PLACEMENT_TYPES, s);

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
