// The load report: what happened to every record, and each problem with its line, column and value.
import { useState } from 'react';
import { csvBlob } from '../../data/writeCsv';
import type { LoadIssue, LoadReport } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import { downloadBlob } from '../../table/download';
import { IssueText } from './IssueText';
import { reportFileName, reportTable } from './reportCsv';

/** Issues listed before "Show all"; a junk file may have thousands. */
export const FIRST_ISSUES = 50;

export function LoadReportView({ report, name }: { report: LoadReport; name: string }) {
  const { t, number } = useI18n();
  const [all, setAll] = useState(false);
  const shown = all ? report.issues : report.issues.slice(0, FIRST_ISSUES);
  const counts: readonly [string, number][] = [
    [t('upload.report.read'), report.recordsRead],
    [t('upload.report.loaded'), report.loaded],
    [t('upload.report.rejected'), report.rejected],
    [t('upload.report.blank'), report.blank],
    [t('upload.report.merged'), report.merged],
    ...(report.reading && report.reading.shape !== 'long' ? [[t('reading.report.figures'), report.reading.figures] as [string, number]] : []),
    ...(report.skipped ? [[t('reading.report.skipped'), report.skipped] as [string, number]] : []),
  ];
  return (
    <section className="load-report" aria-label={t('upload.report.title')}>
      {report.recordsRead > 0 && <dl className="load-report__counts">
        {counts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{number.format(value)}</dd>
          </div>
        ))}
      </dl>}
      <p>{report.issues.length === 0 ? t('upload.report.none') : t('upload.report.issues', { count: report.issues.length })}</p>
      {report.issues.length > 0 && (
        <ol className="load-report__issues" tabIndex={0} aria-label={t('upload.report.issues', { count: report.issues.length })}>
          {shown.map((issue, i) => <IssueItem key={i} issue={issue} />)}
        </ol>
      )}
      <div className="load-report__actions">
        {!all && report.issues.length > FIRST_ISSUES && (
          <button type="button" onClick={() => setAll(true)}>{t('upload.report.showAll', { count: report.issues.length })}</button>
        )}
        {report.issues.length > 0 && (
          <button type="button" onClick={() => downloadBlob(csvBlob(reportTable(report, t)), reportFileName(name))}>
            {t('upload.report.download')}
          </button>
        )}
      </div>
    </section>
  );
}

function IssueItem({ issue }: { issue: LoadIssue }) {
  const { t } = useI18n();
  const where = [
    issue.line === null ? t('upload.report.fileLevel') : t('upload.report.line', { line: issue.line }),
    issue.column === null ? null : t('upload.report.column', { column: issue.column }),
    issue.value === null ? null : t('upload.report.value', { value: issue.value }),
  ].filter((part): part is string => part !== null);
  return (
    <li className={`load-issue load-issue--${issue.severity}`}>
      <span className="load-issue__severity">{issue.severity === 'error' ? t('upload.report.error') : t('upload.report.warning')}</span>{' '}
      <span className="load-issue__where">{where.join(t('upload.report.separator'))}</span>
      <span className="load-issue__message"><IssueText issue={issue} /></span>
    </li>
  );
}
