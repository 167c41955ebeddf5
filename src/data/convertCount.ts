// Counts and years: whole numbers read with a char-code fast path first, then the thousands rules.
import {
  ERR_FRACTION, ERR_GROUPING, ERR_INVALID, ERR_NEGATIVE, ERR_NOT_A_NUMBER, ERR_RANGE, ERR_TOO_LARGE, MAX_YEAR, MIN_YEAR, allDigits, digitsAt,
} from './convert';

const MAX_SAFE_DIGITS = '9007199254740992'; // 2^53

/** Compares a digit string (no leading zeros) against 2^53. */
function aboveTwoTo53(digits: string): boolean {
  const d = digits.replace(/^0+/, '');
  return d.length > MAX_SAFE_DIGITS.length || (d.length === MAX_SAFE_DIGITS.length && d > MAX_SAFE_DIGITS);
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
  const v = plainCountAt(s, 0, s.length);
  return v >= 0 ? v : parseCountSlow(s, decimalComma);
}

/** The count written in text[from, to) when it is 1 to 15 plain digits; -1 for anything else (parseCount then tries its rules). */
export function plainCountAt(text: string, from: number, to: number): number {
  if (to - from > 15 || to === from) return -1;
  let v = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return -1;
    v = v * 10 + (c - 48);
  }
  return v;
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

