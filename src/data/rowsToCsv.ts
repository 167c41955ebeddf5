// Rows of cells as the CSV text the loader reads: how tables that are not text (Parquet, Excel) reach it.

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

/** Rows of cells as CSV bytes (UTF-8, comma-separated), the header first. */
export function rowsToCsv(header: readonly unknown[], rows: Iterable<readonly unknown[]>): Uint8Array {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return new TextEncoder().encode(`${lines.join('\n')}\n`);
}
