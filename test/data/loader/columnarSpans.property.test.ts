// A plain record waits in its batch as spans of the text (ColumnarTable.addCells) and plain digits and recent codes
// are read in place. Whatever the cells, that must give exactly what the same records give as papaparse's strings
// (ColumnarTable.add): the same columns, lines, missing counts and issues.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ColumnarTable } from '../../../src/data/columnarTable';
import { matchHeaders } from '../../../src/data/headers';
import { PlainRecords, scanPlainRecords } from '../../../src/data/plainRecords';
import type { LoadIssue } from '../../../src/data/types';
import { fakeContext } from '../../fixtures/fakeCountryResolver';

const HEADER = ['year', 'country', 'perspective', 'type', 'sdg', 'count', 'qualifier', 'source', 'status', 'note'];

const cell = (values: readonly string[]) => fc.oneof(
  fc.constantFrom(...values),
  fc.constantFrom(...values).map((v) => ` ${v}`),
  fc.constantFrom(...values).map((v) => `${v}\r`),
  fc.constantFrom('', 'NA', '..', '-', ' ', '\u00a0'),
);
const record = fc.tuple(
  cell(['2000', '1899', '2101', '02000', '0002000', '200', '20000', '2000.0', '1e3', '२०००']),
  cell(['KAZ', 'kz', 'Russia', 'Atlantis', '398', 'China']),
  cell(['duty_station', 'Duty Station', 'nationality', 'nowhere']),
  cell(['national', 'International', 'total', 'other']),
  cell(['1', '3;5', '18', 'x']),
  cell(['12', '12,541', '1 234', '999999999999999', '9999999999999999', '-4', '1.5', '007']),
  cell(['about', 'exact', 'At least', '~', 'roughly']),
  cell(['UNV AR 2021', 'Astana Times', 'x'.repeat(20)]),
  cell(['reported', 'Derived', 'illustrative', 'guessed']),
  cell(['a note', 'Қазақстан', '😀', 'x'.repeat(14)]),
);

function loadBoth(records: readonly (readonly string[])[]) {
  const matched = matchHeaders(HEADER, 1);
  if (!matched.ok) throw new Error('header not matched');
  // A cell holding a comma is quoted (a plain record's quoted cell has no quote inside).
  const lines = records.map((r) => r.map((c) => (c.includes(',') ? `"${c}"` : c)).join(','));
  const text = `${lines.join('\n')}\n`;
  const run = (spans: boolean) => {
    const issues: LoadIssue[] = [];
    const table = new ColumnarTable(matched.mapping, fakeContext(), (i) => issues.push(i), { fileName: 't.csv', decimalComma: false });
    const plain = new PlainRecords();
    let line = 2;
    for (let p = 0; p < text.length;) {
      p = scanPlainRecords(text, p, text.length, 44, 10, plain);
      for (let r = 0; r < plain.records; r++) {
        plain.select(r);
        if (spans) table.addCells(plain, line++);
        else table.add(plain.fields(), line++);
      }
      expect(plain.blocked).toBe(false);
    }
    const counts = table.endRecords();
    const repeats = table.resolveDuplicates();
    return { counts, repeats, ...table.finish(), rows: table.rows, issues };
  };
  return { strings: run(false), spans: run(true) };
}

describe('records as spans of the text', () => {
  it('convert exactly as the same records given as strings', () => {
    fc.assert(fc.property(fc.array(record, { minLength: 1, maxLength: 300 }), (records) => {
      const { strings, spans } = loadBoth(records);
      expect(spans).toEqual(strings);
    }), { numRuns: 150 });
  });

  it('span a batch boundary with repeated codes read in place', () => {
    const records = Array.from({ length: 400 }, (_, i) => [String(1900 + (i % 150)), i % 3 ? 'KAZ' : 'China', 'duty_station', 'national', '', String(i), '', 'x', 'reported', i % 7 ? '' : 'n']);
    const { strings, spans } = loadBoth(records);
    expect(spans.rows).toBeGreaterThan(0);
    expect(spans).toEqual(strings);
  });
});
