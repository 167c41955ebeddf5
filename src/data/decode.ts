// Bytes -> text. UTF-8 is decoded in one call on the whole buffer (fatal mode), so a character
// is never split; UTF-16 is honoured by its BOM; windows-1252 only on explicit request.
import { loadError } from './issues';
import type { LoadIssue, LoadReport } from './types';

export type Encoding = LoadReport['encoding'];

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: Encoding }
  | { readonly ok: false; readonly encoding: Encoding; readonly issue: LoadIssue };

/** Picks UTF-16 from a BOM (or from NUL bytes in the first character, for BOM-less UTF-16). */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2) return null;
  const [a, b] = [bytes[0] as number, bytes[1] as number];
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (a !== 0 && b === 0) return 'utf-16le';
  if (a === 0 && b !== 0) return 'utf-16be';
  return null;
}

export function decodeBytes(bytes: Uint8Array, fallback?: 'utf-8' | 'windows-1252'): DecodeResult {
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    try {
      return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
    } catch {
      const message = `The file looks like ${utf16.toUpperCase()} but contains invalid characters. Save it again as UTF-8.`;
      return { ok: false, encoding: utf16, issue: loadError('invalid_encoding', null, null, null, message, { encoding: utf16 }) };
    }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    if (fallback === 'windows-1252') return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const line = lineAtByte(bytes, offset);
    const message =
      `The file is not valid UTF-8: line ${line} has a byte (offset ${offset}) that is not UTF-8 text. ` +
      'Save the file as "CSV UTF-8", or choose the windows-1252 encoding if it came from an older spreadsheet program.';
    return { ok: false, encoding: 'utf-8', issue: loadError('invalid_encoding', line, null, null, message, { line, offset, encoding: 'utf-8' }) };
  }
}

/** Byte offset of the first byte that breaks UTF-8 (overlongs and surrogates included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const second = bytes[i + 1] as number;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line of a byte offset, counting LF (or CR in a CR-only file). */
export function lineAtByte(bytes: Uint8Array, offset: number): number {
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < offset; i++) {
    const c = bytes[i];
    if (c === 0x0a) lf++;
    else if (c === 0x0d) cr++;
  }
  return (lf > 0 ? lf : cr) + 1;
}

// 0x80..0x9F in windows-1252; the other bytes are their own code points.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Our own table: Node's TextDecoder('windows-1252') decodes 0x80-0x9F as Latin-1 control characters. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const block = new Uint16Array(8192);
  for (let start = 0; start < bytes.length; start += block.length) {
    const end = Math.min(bytes.length, start + block.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      block[i - start] = b >= 0x80 && b <= 0x9f ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    parts.push(String.fromCharCode.apply(null, block.subarray(0, end - start) as unknown as number[]));
  }
  return parts.join('');
}
