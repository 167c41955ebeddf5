import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252, firstInvalidUtf8, lineAtByte } from '../../../src/data/decode';

const bytes = (...xs: number[]): Uint8Array => Uint8Array.from(xs);

describe('decodeBytes', () => {
  it.each([
    { description: 'overlong "/" (C0 AF)', input: bytes(0x61, 0xc0, 0xaf), offset: 1 },
    { description: 'UTF-16 surrogate encoded in UTF-8 (ED A0 80)', input: bytes(0x61, 0x62, 0xed, 0xa0, 0x80), offset: 2 },
    { description: 'a lead byte cut off at the end', input: bytes(0x61, 0xe2, 0x82), offset: 1 },
    { description: 'a stray continuation byte', input: bytes(0x80), offset: 0 },
    { description: 'above U+10FFFF (F4 90 80 80)', input: bytes(0xf4, 0x90, 0x80, 0x80), offset: 0 },
    { description: 'valid 2-, 3- and 4-byte characters', input: new TextEncoder().encode('Қ€😀'), offset: -1 },
  ])('finds the first bad byte: $description', ({ input, offset }) => {
    expect(firstInvalidUtf8(input)).toBe(offset);
    expect(decodeBytes(input).ok).toBe(offset < 0);
  });

  it('counts lines by LF, or by CR in a CR-only file', () => {
    const lf = new TextEncoder().encode('a\r\nb\r\nc');
    const cr = new TextEncoder().encode('a\rb\rc');
    expect(lineAtByte(lf, 6)).toBe(3);
    expect(lineAtByte(cr, 4)).toBe(3);
  });

  it('refuses broken UTF-16 instead of guessing', () => {
    const result = decodeBytes(bytes(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00)); // lone high surrogate, then "A"
    expect(result).toMatchObject({ ok: false, encoding: 'utf-16le', issue: { code: 'invalid_encoding', line: null } });
  });

  it('reads BOM-less UTF-16 from NUL bytes in the first character', () => {
    expect(decodeBytes(bytes(0x61, 0x00, 0x62, 0x00))).toEqual({ ok: true, text: 'ab', encoding: 'utf-16le' });
    expect(decodeBytes(bytes(0x00, 0x61, 0x00, 0x62))).toEqual({ ok: true, text: 'ab', encoding: 'utf-16be' });
  });

  it('decodes windows-1252 with its own table for 0x80-0x9F', () => {
    expect(decodeWindows1252(bytes(0x80, 0x8a, 0x93, 0x94, 0x9f, 0xe9, 0x41))).toBe('\u20ac\u0160\u201c\u201d\u0178\u00e9A');
  });

  it('prefers UTF-8 when the bytes are valid UTF-8, even with the windows-1252 opt-in', () => {
    expect(decodeBytes(new TextEncoder().encode('café'), 'windows-1252')).toEqual({ ok: true, text: 'café', encoding: 'utf-8' });
  });
});
