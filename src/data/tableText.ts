// Files that are tables but not text (Parquet, Excel workbooks) become CSV text before the loader reads
// them, through a library loaded only when such a file arrives. Other bytes pass through unchanged.
import { binaryKind } from './binaryKind';
import { rowsToCsv } from './rowsToCsv';
import type { LoadIssue, SheetSummary } from './types';

/** Bytes the CSV loader reads (for a workbook, those of one sheet), or why a table file cannot be read. */
export type TableText =
  | { readonly bytes: Uint8Array; readonly sheet?: SheetSummary; readonly format?: 'parquet' | 'xlsx' }
  | { readonly issue: LoadIssue; readonly sheet?: SheetSummary };

/** A Parquet file's first-level columns and rows as CSV (numbers, text, dates as ISO dates). */
export async function parquetToCsv(bytes: Uint8Array): Promise<Uint8Array> {
  const [{ parquetMetadata, parquetReadObjects, parquetSchema }, { compressors }] = await Promise.all([
    import('hyparquet'), import('hyparquet-compressors'),
  ]);
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const metadata = parquetMetadata(file);
  const columns = parquetSchema(metadata).children.map((child) => child.element.name);
  const rows = await parquetReadObjects({ file, metadata, compressors, columns });
  return rowsToCsv(columns, rows.map((row) => columns.map((name) => (row as Record<string, unknown>)[name])));
}

/** What the CSV loader can read: a Parquet file or a workbook's sheet (`sheet`, or the first holding a table) converted, anything else as it is. */
export async function tableBytes(bytes: Uint8Array, sheet?: string): Promise<TableText> {
  const binary = binaryKind(bytes);
  switch (binary) {
    case 'parquet': return { bytes: await parquetToCsv(bytes), format: 'parquet' };
    case 'xlsx':
    case 'encrypted': {
      // The workbook code and its reader stay out of the worker until a workbook arrives (the worker starts with the first view).
      const { encryptedWorkbook, workbookToCsv } = await import('./workbookCsv');
      if (binary === 'encrypted') return { issue: encryptedWorkbook() };
      const converted = await workbookToCsv(bytes, sheet);
      return 'bytes' in converted ? { ...converted, format: 'xlsx' } : converted;
    }
    default: return { bytes };
  }
}
