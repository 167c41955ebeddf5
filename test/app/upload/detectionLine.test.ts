// The review's first line says what was detected: for a CSV its separator and encoding; for a workbook or a
// Parquet file (converted to text before reading) the file's own format instead, never "comma-separated".
import { describe, expect, it } from 'vitest';
import { detectionLine } from '../../../src/app/upload/ReviewPanel';
import type { LoadReport } from '../../../src/data/types';
import { loadCatalogue, makeTranslate } from '../../../src/i18n/translate';

const report = (extra: Partial<LoadReport>): LoadReport => ({
  fileName: 'registers', kind: 'organizations', encoding: 'utf-8', delimiter: ',', bytes: 100, recordsRead: 3, loaded: 2,
  rejected: 0, blank: 1, merged: 0, missingCells: {}, issues: [], failed: false, ...extra,
});

describe('detectionLine', () => {
  it('names the separator and encoding of a CSV', () => {
    expect(detectionLine(report({ delimiter: ';', encoding: 'windows-1252' }), makeTranslate('en')))
      .toBe('Detected: Volunteer organisations, 2 rows, semicolon-separated, Windows-1252');
  });

  it('names a workbook and the sheet read, or a Parquet file, in place of a separator', async () => {
    const sheet = { name: 'Registers 2024', names: ['About', 'Registers 2024'] };
    expect(detectionLine(report({ format: 'xlsx', sheet }), makeTranslate('en')))
      .toBe('Detected: Volunteer organisations, 2 rows, Excel workbook, sheet “Registers 2024”');
    expect(detectionLine(report({ format: 'parquet' }), makeTranslate('en'))).toBe('Detected: Volunteer organisations, 2 rows, Parquet file');
    await loadCatalogue('ru');
    const ru = detectionLine(report({ format: 'xlsx', sheet }), makeTranslate('ru'));
    expect(ru).toContain('книга Excel, лист «Registers 2024»');
    expect(ru).not.toContain('запятая');
  });
});
