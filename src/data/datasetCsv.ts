// A dataset back as a canonical CSV table (every schema column, countries as alpha-3 codes), so a
// downloaded file loads again through our own loader with the same rows.
import type { CsvCell, CsvTable } from './writeCsv';
import { SCHEMAS } from './schemas';
import type { Column, Dataset } from './types';

function goalsText(mask: number): string | null {
  const goals: number[] = [];
  for (let g = 1; g <= 17; g++) if (mask & (1 << (g - 1))) goals.push(g);
  return goals.length > 0 ? goals.join('|') : null;
}

function cellOf(col: Column | undefined, row: number): CsvCell {
  if (!col) return null;
  if (col.type === 'number') {
    const v = col.values[row]!;
    return Number.isNaN(v) ? null : v;
  }
  if (col.type === 'goals') return goalsText(col.masks[row]!);
  const code = col.codes[row]!;
  return code < 0 ? null : (col.dictionary[code] ?? null);
}

export function datasetCsvTable(ds: Dataset): CsvTable {
  const header = SCHEMAS[ds.kind].columns.map((c) => c.name);
  const columns = header.map((name) => ds.columns[name]);
  function* rows(): Generator<CsvCell[]> {
    for (let r = 0; r < ds.rowCount; r++) yield columns.map((col) => cellOf(col, r));
  }
  return { header, rows: rows() };
}

/** A file name for the download: the dataset's name (last part of a URL) ending in .csv. */
export function datasetCsvFileName(ds: Dataset): string {
  const last = ds.name.replace(/[?#].*$/, '').split(/[/\\]/).filter(Boolean).at(-1) ?? ds.kind;
  // Control and reserved characters make poor file names on some systems.
  const stem = last.replace(/\.(csv|tsv|txt)$/i, '');
  const base = [...stem].map((ch) => (ch.charCodeAt(0) < 32 || '<>:"|*'.includes(ch) ? '_' : ch)).join('') || ds.kind;
  return `${base}.csv`;
}
