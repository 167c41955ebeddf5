// Provenance rules every bundled fact row keeps (data/README.md, "Provenance"), shared by the tests of
// the loaded kinds and of data/indicators.csv, which is read as plain CSV.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

/** The research notes the figures come from (copies of ../shared/*.md) and the README's list of addresses checked earlier. */
const RECORDS = [read('../../data/research/found-figures.md'), read('../../data/research/data-sources.md'), read('../../data/README.md')].join('\n');

/** A note that says why a row has no source date. */
export const NO_DATE_REASON = /\bno (source )?date\b|\bshows no date\b|\bnot in our records\b/i;

export interface ProvenanceRow {
  readonly source: string | null;
  readonly source_url: string | null;
  readonly source_date: string | null;
  readonly status: string | null;
  readonly note: string | null;
  readonly qualifier?: string | null;
}

/** Problems with one row's provenance, as sentences; empty when the row keeps every rule. */
export function provenanceProblems(row: ProvenanceRow): string[] {
  const problems: string[] = [];
  if (!row.source?.trim()) problems.push('no source');
  if (!['reported', 'derived', 'illustrative'].includes(row.status ?? '')) problems.push(`status "${row.status}"`);
  const illustrative = row.status === 'illustrative';
  if (!illustrative && !row.source_date && !NO_DATE_REASON.test(row.note ?? '')) problems.push('no source_date and no note saying why');
  if (row.source_url) {
    let protocol = '';
    try {
      protocol = new URL(row.source_url).protocol;
    } catch {
      problems.push(`source_url "${row.source_url}" is not a URL`);
    }
    if (protocol !== 'https:' && protocol !== 'http:') problems.push(`source_url "${row.source_url}" is not http(s)`);
    if (!RECORDS.includes(row.source_url)) problems.push(`source_url "${row.source_url}" is in neither research note nor data/README.md`);
  }
  if (/\bsubset\b/i.test(row.note ?? '') && (row.qualifier ?? 'exact') === 'exact') problems.push('a subset note on an exact figure');
  return problems;
}
