// Files that are tables but not text (Parquet) become CSV text before the loader reads them, through
// a library loaded only when such a file arrives. Other bytes pass through unchanged.
import { binaryKind } from './binaryKind';

/** A cell as CSV writes it: quoted when it holds a delimiter, a quote or a line break. */
function csvCell(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else if (typeof value === 'object') text = JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  else text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as CSV bytes (UTF-8, comma-separated). */
export function rowsToCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): Uint8Array {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}

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

/** Bytes the CSV loader can read: a Parquet file converted, anything else as it is. */
export async function tableBytes(bytes: Uint8Array): Promise<Uint8Array> {
  return binaryKind(bytes) === 'parquet' ? parquetToCsv(bytes) : bytes;
}
