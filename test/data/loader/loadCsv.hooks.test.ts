// Large inputs: characters that straddle piece boundaries, progress, cancellation, caching of resolutions.
import { describe, expect, it } from 'vitest';
import { codeAt } from '../../../src/data/columns';
import { LoadCancelledError, MAX_LISTED_ISSUES, loadCsv } from '../../../src/data/loadCsv';
import { freeBytes } from '../../../src/data/freeBytes';
import { CHUNK_CHARS } from '../../../src/data/loadCsvRecords';
import type { LoadProgress } from '../../../src/data/types';
import { fakeContext } from '../../fixtures/fakeCountryResolver';
import { makePlacementsCsv } from '../../bench/loaderFixture';

const CODES = ['KAZ', 'RUS', 'CHN', 'IND', 'IRN', 'TUR', 'UZB', 'KGZ', 'TJK', 'AFG', 'EGY', 'ARE'];
const TYPES = ['national', 'international', 'total'];

/** `rows` unique placements rows whose notes are long runs of two-, three- and four-byte characters. */
function multibyteCsv(rows: number): { text: string; notes: string[] } {
  const notes: string[] = [];
  const lines = ['year,country,perspective,type,count,note'];
  for (let i = 0; i < rows; i++) {
    const note = `${'Қазақстан'.repeat(40 + (i % 7))} ${'مصر'.repeat(i % 5)} ${'😀'.repeat(i % 3)}`;
    notes.push(note.trim()); // outer spaces are trimmed on load
    const k = Math.floor(i / 200);
    lines.push(`${1900 + (i % 200)},${CODES[k % 12]},${i % 2 ? 'nationality' : 'duty_station'},${TYPES[Math.floor(k / 12) % 3]},${i},"${note}"`);
  }
  return { text: `${lines.join('\n')}\n`, notes };
}

describe('releasing the bytes', () => {
  it('hands the bytes back once decoded; freed there, the load and its report are unchanged', () => {
    const { text, notes } = multibyteCsv(3000);
    const kept = loadCsv(new TextEncoder().encode(text), { fileName: 'mb.csv' }, fakeContext());
    const bytes = new TextEncoder().encode(text);
    const phases: string[] = [];
    let released: Uint8Array | null = null;
    const freed = loadCsv(bytes, { fileName: 'mb.csv' }, fakeContext(), {
      onProgress: (p) => void phases.push(p.phase),
      release: (b) => {
        released = b;
        phases.push('released');
        freeBytes(b);
      },
    });
    expect(released).toBe(bytes);
    expect(bytes.buffer.byteLength).toBe(0); // detached: its memory is gone
    expect(phases.indexOf('released')).toBeLessThan(phases.indexOf('parsing'));
    expect(freed.report).toEqual(kept.report);
    expect(freed.report.bytes).toBe(new TextEncoder().encode(text).length);
    expect(freed.dataset?.rowCount).toBe(notes.length);
  });
});

describe('loadCsv on large input', () => {
  it('keeps every multi-byte character across piece and byte boundaries', () => {
    const { text, notes } = multibyteCsv(3000);
    expect(text.length).toBeGreaterThan(CHUNK_CHARS); // several pieces
    const { dataset, report } = loadCsv(new TextEncoder().encode(text), { fileName: 'mb.csv' }, fakeContext());
    expect(report.issues).toEqual([]);
    expect(dataset?.rowCount).toBe(3000);
    const column = dataset?.columns.note;
    const read = notes.map((_, i) => codeAt(column, i));
    expect(read).toEqual(notes);
    expect(dataset?.lines[2999]).toBe(3001);
  });

  it('reports progress after every piece of text, rows and fraction rising, and ends with "done"', () => {
    const seen: LoadProgress[] = [];
    const { dataset } = loadCsv(new TextEncoder().encode(makePlacementsCsv(120_000)), { fileName: 'p.csv' }, fakeBenchContext(), {
      onProgress: (p) => seen.push(p),
    });
    expect(dataset?.rowCount).toBe(120_000);
    expect(seen[0]).toEqual({ phase: 'decoding', fraction: 0, rows: 0 });
    const parsing = seen.filter((p) => p.phase === 'parsing' && p.rows > 0);
    const bytes = new TextEncoder().encode(makePlacementsCsv(120_000)).length;
    // One per piece of about CHUNK_CHARS (cut at the next line break); the last piece ends in "done".
    expect(parsing.length).toBeGreaterThanOrEqual(Math.floor(bytes / CHUNK_CHARS) - 1);
    expect(parsing.length).toBeLessThanOrEqual(Math.floor(bytes / CHUNK_CHARS));
    expect(parsing.every((p, i) => p.fraction > 0 && p.fraction < 1 && (i === 0 || (p.rows > (parsing[i - 1] as LoadProgress).rows && p.fraction > (parsing[i - 1] as LoadProgress).fraction)))).toBe(true);
    expect(seen.at(-1)).toEqual({ phase: 'done', fraction: 1, rows: 120_000 });
  });

  it('stops with LoadCancelledError when isCancelled turns true', () => {
    let polls = 0;
    const bytes = new TextEncoder().encode(makePlacementsCsv(120_000));
    expect(() => loadCsv(bytes, { fileName: 'p.csv' }, fakeBenchContext(), { isCancelled: () => ++polls > 2 })).toThrow(LoadCancelledError);
    expect(polls).toBe(3);
  });

  it('lists the first 5,000 problems and counts the rest in a final issue', () => {
    const rows = Array.from({ length: 6000 }, (_, i) => `${1900 + (i % 200)},KAZ,nationality,total,-${i + 1}`);
    const { report } = loadCsv(new TextEncoder().encode(`year,country,perspective,type,count\n${rows.join('\n')}\n`), { fileName: 'bad.csv' }, fakeContext());
    expect(report).toMatchObject({ recordsRead: 6000, rejected: 6000, loaded: 0, failed: true });
    expect(report.issues).toHaveLength(MAX_LISTED_ISSUES + 2);
    expect(report.issues.slice(-2)).toMatchObject([{ code: 'no_rows' }, { code: 'more_issues', params: { count: 1000 } }]);
  });

  it('names the dataset origin:kind:file', () => {
    const { dataset } = loadCsv(new TextEncoder().encode('country,date,count\nKAZ,2024,1\n'), { fileName: 'orgs.csv', origin: 'url' }, fakeContext());
    expect(dataset).toMatchObject({ id: 'url:organizations:orgs.csv', kind: 'organizations', name: 'orgs.csv', origin: 'url', rowCount: 1 });
    expect(Array.from(dataset?.lines ?? [])).toEqual([2]);
  });

  it('asks the resolver once per distinct country spelling', () => {
    const context = fakeContext();
    const rows = Array.from({ length: 600 }, (_, i) => `${1900 + (i % 200)},${['KAZ', 'Россия', 'مصر'][Math.floor(i / 200)]},nationality,total,${i}`);
    const { dataset } = loadCsv(new TextEncoder().encode(`year,country,perspective,type,count\n${rows.join('\n')}\n`), { fileName: 'c.csv' }, context);
    expect(dataset?.rowCount).toBe(600);
    expect(context.calls).toBe(3);
  });
});

/** The bench file uses synthetic codes AAA..CJJ; accept any three capitals. */
function fakeBenchContext(): ReturnType<typeof fakeContext> {
  const context = fakeContext();
  return { calls: 0, resolveCountry: (raw) => (/^[A-Z]{3}$/.test(raw) ? { ok: true, code: raw } : context.resolveCountry(raw)) };
}
