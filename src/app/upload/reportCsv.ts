// A load report as a CSV table a person can open beside their file to fix it.
import type { MessageKey } from '../../i18n/en';
import { issueMessage } from '../../i18n/issueMessage';
import type { Translate } from '../../i18n/translate';
import type { CsvTable } from '../../data/writeCsv';
import type { LoadReport } from '../../data/types';

const HEADER: readonly MessageKey[] = [
  'upload.report.csv.severity', 'upload.report.csv.code', 'upload.report.csv.line',
  'upload.report.csv.column', 'upload.report.csv.value', 'upload.report.csv.message',
];

/** One row per issue, in the order the report lists them; the message in the language of `t`. */
export function reportTable(report: LoadReport, t: Translate): CsvTable {
  return {
    header: HEADER.map((key) => t(key)),
    rows: report.issues.map((issue) => [issue.severity, issue.code, issue.line, issue.column, issue.value, issueMessage(issue, t)]),
  };
}

/** "placements.csv" -> "placements-report.csv"; a URL keeps only its last path segment. */
export function reportFileName(name: string): string {
  const last = name.split(/[/\\?#]/).filter(Boolean).pop() ?? 'data';
  const base = last.replace(/\.(csv|tsv|txt)$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'data';
  return `${base}-report.csv`;
}
