// The record reader cuts the text into pieces; however it cuts, it must hand out the same records,
// with the same physical line numbers, as one read of the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Delimiter } from '../../../src/data/delimiter';
import { detectNewline, readRecords, type BadRecord } from '../../../src/data/loadCsvRecords';
import type { RecordCells } from '../../../src/data/recordCells';

type Event =
  | readonly ['header' | 'record', number, readonly string[]]
  | readonly ['blank', number]
  | readonly ['bad', number, readonly string[], BadRecord];

/** `plain`: take plain records as spans (the `cells` handler), recorded as the strings they span. */
function read(text: string, delimiter: Delimiter, pieceChars?: number, acceptHeader = true, plain = false): { events: Event[]; cursors: number[] } {
  const events: Event[] = [];
  const cursors: number[] = [];
  readRecords(text, delimiter, {
    header: (fields, line) => (events.push(['header', line, [...fields]]), acceptHeader),
    record: (fields, line) => void events.push(['record', line, [...fields]]),
    ...(plain ? { cells: (record: RecordCells, line: number) => void events.push(['record', line, record.fields()]) } : {}),
    blank: (line) => void events.push(['blank', line]),
    bad: (line, fields, problem) => void events.push(['bad', line, [...fields], problem]),
    progress: (cursor) => void cursors.push(cursor),
  }, pieceChars);
  return { events, cursors };
}

describe('readRecords', () => {
  it('numbers records by the physical line they start on, across pieces and quoted line breaks', () => {
    const text = 'a,b\n1,"x\ny"\n\n2,"p\nq\nr"\n3,z\n';
    for (const pieceChars of [1, 4, 9, 1000]) {
      expect(read(text, ',', pieceChars).events).toEqual([
        ['header', 1, ['a', 'b']],
        ['record', 2, ['1', 'x\ny']],
        ['blank', 4],
        ['record', 5, ['2', 'p\nq\nr']],
        ['record', 8, ['3', 'z']],
      ]);
    }
  });

  it('reads a record again when the cut falls inside its quoted cell', () => {
    // Cut after 6 characters: the first line break after that is inside the quoted "x\ny\nz".
    const text = 'a,b\n1,"x\ny\nz"\n2,q\n';
    expect(read(text, ',', 6).events).toEqual([
      ['header', 1, ['a', 'b']],
      ['record', 2, ['1', 'x\ny\nz']],
      ['record', 5, ['2', 'q']],
    ]);
  });

  it('reads on to the end when a stray quote fooled the quote count as well', () => {
    // The quote in 5" is literal (the cell does not start with one) but makes the count from the record
    // before it odd, so the second cut also lands inside a quoted cell ("p\nq").
    const text = 'a,b\n1,"x\ny"\n5" x,"p\nq"\n3,z\n';
    expect(read(text, ',', 8).events).toEqual([
      ['header', 1, ['a', 'b']],
      ['record', 2, ['1', 'x\ny']],
      ['record', 4, ['5" x', 'p\nq']],
      ['record', 6, ['3', 'z']],
    ]);
  });

  it('reports an unclosed quote once, at the line where it opens', () => {
    const { events } = read('a,b\n1,x\n2,"never closed\n3,y\n', ',', 6);
    expect(events).toEqual([
      ['header', 1, ['a', 'b']],
      ['record', 2, ['1', 'x']],
      ['bad', 3, ['2', 'never closed\n3,y\n'], { reason: 'unclosed_quote' }],
    ]);
  });

  it('keeps a U+FEFF that starts a record at a piece boundary', () => {
    const text = 'a,b\n1,x\n\uFEFF2,y\n';
    for (const pieceChars of [1, 4, 8]) expect(read(text, ',', pieceChars).events.at(-1)).toEqual(['record', 3, ['\uFEFF2', 'y']]);
  });

  it('stops after a header the caller refuses', () => {
    expect(read('a,b\n1,2\n3,4\n', ',', 2, false).events).toEqual([['header', 1, ['a', 'b']]]);
  });

  it('stops once the caller has enough records, plain or not', () => {
    for (const [plain, limit] of [false, true].flatMap((p) => [2, 3, 4].map((n) => [p, n] as const))) {
      const seen: number[] = [];
      const text = 'a,b\n1,x\n2,"y""z"\n3,w\n4,v\n';
      const keep = (line: number): void => void seen.push(line);
      readRecords(text, ',', {
        header: (_, line) => (keep(line), true),
        record: (_, line) => keep(line),
        ...(plain ? { cells: (_: RecordCells, line: number) => keep(line) } : {}),
        blank: () => undefined,
        bad: () => undefined,
        progress: () => undefined,
        enough: () => seen.length >= limit,
      });
      expect(seen).toEqual([1, 2, 3, 4].slice(0, limit));
    }
  });

  it('reports progress after each piece, ending at the end of the text', () => {
    const text = `h\n${'row\n'.repeat(100)}`;
    const { cursors } = read(text, ',', 40);
    expect(cursors.length).toBeGreaterThan(5);
    expect(cursors.every((c, i) => i === 0 || c > (cursors[i - 1] as number))).toBe(true);
    expect(cursors.at(-1)).toBe(text.length);
  });

  it('gives the same records and lines for any piece size (property)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'x', 'Қазақстан', ' ', '\uFEFF', '5" tall', 'a"b', '""', '"', '\t', ';'),
      fc.string({ maxLength: 6 }),
      // Quoted cells, well formed or not: line breaks, doubled quotes, delimiters inside.
      fc.array(fc.constantFrom('a', '\n', '""', ',', ';', '\r\n', ' '), { maxLength: 5 }).map((parts) => `"${parts.join('')}"`),
      fc.constantFrom('"unclosed', '"bad"x', '"ok" '),
    );
    const file = fc.record({
      delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
      rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
      trailing: fc.boolean(),
    }).map(({ delimiter, newline, rows, trailing }) => ({
      delimiter,
      text: rows.map((cells) => cells.join(delimiter)).join(newline) + (trailing ? newline : ''),
    }));
    fc.assert(
      fc.property(file, fc.integer({ min: 1, max: 64 }), ({ delimiter, text }, pieceChars) => {
        const whole = read(text, delimiter, Infinity).events;
        expect(read(text, delimiter, pieceChars).events).toEqual(whole);
        // Plain records read as spans, the rest by papaparse: the same records again.
        expect(read(text, delimiter, pieceChars, true, true).events).toEqual(whole);
        expect(read(text, delimiter, Infinity, true, true).events).toEqual(whole);
      }),
      { numRuns: 400 },
    );
  });
});

describe('detectNewline', () => {
  it('takes LF for LF and CRLF files and CR for CR files, from the first line break (property)', () => {
    // Stated over the whole text: CR only when there is a CR and the first one is not part of a CRLF and comes before any LF.
    const whole = (text: string): string => {
      const cr = text.indexOf('\r');
      const lf = text.indexOf('\n');
      return cr < 0 || lf === cr + 1 || (lf >= 0 && lf < cr) ? '\n' : '\r';
    };
    fc.assert(fc.property(fc.array(fc.constantFrom('a', ',', '\r', '\n', '\r\n')).map((parts) => parts.join('')), (text) => {
      expect(detectNewline(text)).toBe(whole(text));
    }), { numRuns: 500 });
  });
});
