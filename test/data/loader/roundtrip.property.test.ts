// Properties: any dataset written as CSV (any delimiter, BOM or not, CRLF or LF, hostile text)
// loads back to the same rows; and for any damaged file every record is accounted for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DatasetKind } from '../../../src/data/types';
import { invariantHolds, load, rowsOf, type Cell } from './helpers';

type Row = Record<string, Cell>;
/** A cell as written in the file and the value the loader must give back. */
interface Written { readonly cell: string; readonly value: Cell }

const FILE = 'test.csv';

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom('"', '""', ',', ';', '\t', '\n', '\r\n', ' x ', '=cmd|\' /C calc\'!A0', '=HYPERLINK("http://evil","x")', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'Қазақстан', 'مصر', 'Россия', '😀', 'NA', '-', ''),
);
const text = fc.array(hostile, { maxLength: 4 }).map((parts) => parts.join(''));

const textCell = (fallback: string | null) => text.map((raw): Written => ({ cell: raw, value: raw.trim() === '' ? fallback : raw.trim() }));

const SPELLINGS: readonly (readonly [string, string])[] = [
  ['KAZ', 'KAZ'], ['kz', 'KAZ'], ['398', 'KAZ'], ['Қазақстан', 'KAZ'], ['كازاخستان', 'KAZ'], ['Казахстан', 'KAZ'],
  ['Russia', 'RUS'], ['Россия', 'RUS'], ['China', 'CHN'], ['الصين', 'CHN'], ['004', 'AFG'], [' Egypt ', 'EGY'], ['World', 'WLD'],
];
const country = fc.constantFrom(...SPELLINGS).map(([cell, value]): Written => ({ cell, value }));
const choice = (pairs: readonly (readonly [string, string])[]) => fc.constantFrom(...pairs).map(([cell, value]): Written => ({ cell, value }));
const qualifier = choice([['', 'exact'], ['exact', 'exact'], ['At least', 'at_least'], ['>', 'at_least'], ['about', 'approx'], ['~', 'approx']]);
const status = choice([['', 'reported'], ['reported', 'reported'], ['Derived', 'derived'], ['illustrative', 'illustrative']]);
const count = fc.oneof(
  fc.nat({ max: 2_000_000_000 }).map((n): Written => ({ cell: String(n), value: n })),
  fc.nat({ max: 2_000_000_000 }).map((n): Written => ({ cell: n.toLocaleString('en-US').replace(/,/g, ' '), value: n })),
  fc.constantFrom('', 'NA', '..').map((cell): Written => ({ cell, value: NaN })),
);

const placement = fc.record({
  year: fc.integer({ min: 1900, max: 2100 }).map((y): Written => ({ cell: String(y), value: y })),
  country,
  perspective: choice([['duty_station', 'duty_station'], ['Duty Station', 'duty_station'], ['NATIONALITY', 'nationality']]),
  type: choice([['national', 'national'], ['International', 'international'], ['total', 'total']]),
  sdg: fc.uniqueArray(fc.integer({ min: 1, max: 17 }), { maxLength: 3 }).map((goals): Written => ({ cell: goals.join('|'), value: [...goals].sort((a, b) => a - b) })),
  count,
  qualifier,
  source: textCell(FILE),
  source_url: textCell(null),
  status,
  note: textCell(null),
});

const organization = fc.record({
  country,
  date: fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 28 })).map(([y, m, d]): Written => {
    const iso = m === 0 ? String(y) : d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return { cell: iso, value: iso };
  }),
  count,
  qualifier,
  source: textCell(FILE),
  note: textCell(null),
});

const KEYS: Readonly<Record<'placements' | 'organizations', readonly string[]>> = {
  placements: ['year', 'country', 'perspective', 'type', 'sdg'],
  organizations: ['country', 'date'],
};
const keyOf = (kind: 'placements' | 'organizations') => (row: Record<string, Written>): string => KEYS[kind].map((k) => JSON.stringify(row[k]?.value)).join('|');

const dataset = fc.oneof(
  fc.uniqueArray(placement, { minLength: 1, maxLength: 25, selector: keyOf('placements') }).map((rows) => ({ kind: 'placements' as const, rows })),
  fc.uniqueArray(organization, { minLength: 1, maxLength: 25, selector: keyOf('organizations') }).map((rows) => ({ kind: 'organizations' as const, rows })),
);
const layout = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  newline: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  trailingNewline: fc.boolean(),
});
type Layout = { delimiter: ',' | ';' | '\t'; newline: string; bom: boolean; trailingNewline: boolean };

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function writeCsv(rows: readonly Record<string, Written>[], { delimiter, newline, bom, trailingNewline }: Layout): string {
  const columns = Object.keys(rows[0] ?? {});
  const lines = [columns.join(delimiter), ...rows.map((row) => columns.map((c) => quote(row[c]?.cell ?? '', delimiter)).join(delimiter))];
  return (bom ? '\uFEFF' : '') + lines.join(newline) + (trailingNewline ? newline : '');
}

const expectedRows = (rows: readonly Record<string, Written>[]): Row[] =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, w]) => [k, w.value])));

describe('loadCsv properties', () => {
  it('loads back exactly the rows that were written, whatever the delimiter, BOM and line ends', () => {
    fc.assert(
      fc.property(dataset, layout, ({ kind, rows }, format) => {
        const { dataset: loaded, report } = load(writeCsv(rows, format));
        expect(report.issues).toEqual([]);
        expect(report.kind).toBe(kind satisfies DatasetKind);
        expect(report.delimiter).toBe(format.delimiter);
        expect(report).toMatchObject({ recordsRead: rows.length, loaded: rows.length, rejected: 0, blank: 0, merged: 0 });
        expect(rowsOf(loaded, Object.keys(rows[0] ?? {}))).toEqual(expectedRows(rows));
        expect(Array.from(loaded?.lines ?? [])).toEqual(lineNumbers(rows, format));
      }),
      { numRuns: 100 },
    );
  });

  const FILE_LEVEL = new Set(['unknown_kind', 'missing_column', 'duplicate_column', 'forbidden_column', 'invalid_encoding', 'file_too_large', 'empty_file', 'no_rows', 'more_issues']);
  const garbage = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', '\n\n', 'NA', '-5', '1.5', '99999999999999999999', 'Kazakstan', '<script>', '=cmd', '2023,KAZ,nationality,total,,1,,', '"unclosed'),
  );

  it('accounts for every record of a damaged file: loaded + rejected + blank = read, each rejection has an error', () => {
    fc.assert(
      fc.property(dataset, layout, fc.array(fc.tuple(fc.nat(), garbage), { minLength: 1, maxLength: 6 }), ({ rows }, format, damage) => {
        let csv = writeCsv(rows, format);
        for (const [at, junk] of damage) {
          const i = at % (csv.length + 1);
          csv = csv.slice(0, i) + junk + csv.slice(i);
        }
        const result = load(csv);
        expect(invariantHolds(result)).toBe(true);
        const rowErrors = result.report.issues.filter((i) => i.severity === 'error' && !FILE_LEVEL.has(i.code));
        expect(rowErrors.every((i) => i.line !== null && i.line > 1)).toBe(true);
        expect(new Set(rowErrors.map((i) => i.line)).size).toBe(result.report.rejected);
        if (result.dataset) expect(result.dataset.lines.every((line, i, all) => line > 1 && (i === 0 || line > (all[i - 1] as number)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

/** Physical line of each written row: 2 for the first, plus the line breaks inside quoted cells. */
function lineNumbers(rows: readonly Record<string, Written>[], { newline }: Layout): number[] {
  let line = 2;
  return rows.map((row) => {
    const at = line;
    const breaks = Object.values(row).reduce((n, w) => n + (w.cell.match(newline === '\r\n' ? /\n/g : /\n/g)?.length ?? 0), 0);
    line += 1 + breaks;
    return at;
  });
}
