// The upload fixtures (test/fixtures/uploads/) load through the real loader with the real country table,
// and their problems sit at the lines and columns the browser tests rely on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AGGREGATES } from '../../../src/data/aggregates';
import { parseCountriesCsv } from '../../../src/data/countries';
import { createCountryResolver } from '../../../src/data/countryResolver';
import { loadCsv } from '../../../src/data/loadCsv';
import type { LoadOptions } from '../../../src/data/types';

const root = resolve(import.meta.dirname, '../../..');
const context = createCountryResolver(parseCountriesCsv(readFileSync(resolve(root, 'data/countries.csv'), 'utf8')), AGGREGATES);

function load(name: string, options: Partial<LoadOptions> = {}) {
  const bytes = new Uint8Array(readFileSync(resolve(root, 'test/fixtures/uploads', name)));
  const result = loadCsv(bytes, { fileName: name, ...options }, context);
  const { report } = result;
  return {
    result,
    counts: { kind: report.kind, delimiter: report.delimiter, encoding: report.encoding, recordsRead: report.recordsRead, loaded: report.loaded, rejected: report.rejected, blank: report.blank, merged: report.merged, failed: report.failed },
    issues: report.issues.map((i) => [i.severity, i.code, i.line, i.column, i.value]),
  };
}

describe('upload fixtures', () => {
  it('placements-messy.csv: five bad rows, a blank line and a duplicate at known lines', () => {
    const { counts, issues, result } = load('placements-messy.csv');
    expect(counts).toEqual({ kind: 'placements', delimiter: ',', encoding: 'utf-8', recordsRead: 20, loaded: 14, rejected: 5, blank: 1, merged: 1, failed: false });
    expect(issues).toEqual([
      ['error', 'unknown_country', 5, 'country', 'Tadjikistan'],
      ['error', 'negative_count', 8, 'count', '-4'],
      ['error', 'invalid_year', 12, 'year', '20x2'],
      ['error', 'ragged_row', 14, null, '2023,UZB,duty_station,national,,52,,UNV Annual Report 2023'],
      ['error', 'invalid_type', 16, 'type', 'natinal'],
      ['warning', 'duplicate_row', 19, null, null],
    ]);
    expect(result.report.issues[0]?.message).toContain("Did you mean 'Tajikistan'?");
    expect(result.dataset?.rowCount).toBe(13);
  });

  it('organizations-semicolon.csv: semicolons, "." thousands, decimal-comma counts refused', () => {
    const { counts, issues } = load('organizations-semicolon.csv');
    expect(counts).toEqual({ kind: 'organizations', delimiter: ';', encoding: 'utf-8', recordsRead: 6, loaded: 4, rejected: 2, blank: 0, merged: 0, failed: false });
    expect(issues).toEqual([
      ['error', 'fractional_count', 5, 'count', '87,0'],
      ['error', 'fractional_count', 6, 'count', '12,5'],
    ]);
  });

  it('xss-attempts.csv: markup loads as plain text; only the markup country is refused', () => {
    const { counts, issues } = load('xss-attempts.csv');
    expect(counts).toMatchObject({ kind: 'events', recordsRead: 4, loaded: 3, rejected: 1 });
    expect(issues).toEqual([['error', 'unknown_country', 5, 'host_country', '<svg onload=alert(1)>']]);
  });

  it('unknown-kind.csv fails detection, and loads nothing even when forced (its columns are missing)', () => {
    expect(load('unknown-kind.csv').issues).toEqual([['error', 'unknown_kind', 1, null, 'Land, Jahr, Anzahl']]);
    expect(load('unknown-kind.csv', { kind: 'placements' }).counts.failed).toBe(true);
  });

  it('placements-windows-1252.csv fails as UTF-8 and loads with windows-1252', () => {
    expect(load('placements-windows-1252.csv').issues).toEqual([['error', 'invalid_encoding', 2, null, null]]);
    const retried = load('placements-windows-1252.csv', { encoding: 'windows-1252' });
    expect(retried.counts).toMatchObject({ kind: 'placements', encoding: 'windows-1252', loaded: 2, failed: false });
  });
});
