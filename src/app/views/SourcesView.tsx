// Every loaded dataset: where it came from, the sources its rows cite, its last load, a CSV copy, and Remove for uploads.
import { useMemo, useState } from 'react';
import { datasetCsvFileName, datasetCsvTable } from '../../data/datasetCsv';
import type { Dataset, LoadIssue, LoadReport } from '../../data/types';
import { csvBlob } from '../../data/writeCsv';
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { SourceNote } from '../../components/SourceNote';
import { sourceDateToShow } from '../../components/sourceDate';
import { useI18n } from '../../i18n/I18nContext';
import { downloadBlob } from '../../table/download';
import { useData } from '../dataApi';
import { DataGate } from '../components/DataGate';
import { IssueText } from '../upload/IssueText';
import { citedSources, statusCounts } from './datasetSummary';
import type { ViewProps } from './types';
import './sources.css';

function Counts({ items }: { items: readonly (readonly [string, number])[] }) {
  const { number } = useI18n();
  return (
    <dl className="sources-counts">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{number.format(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function IssueTable({ issues }: { issues: readonly LoadIssue[] }) {
  const { t } = useI18n();
  return (
    <div className="sources-issues">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('sources.issue.line')}</th>
            <th scope="col">{t('sources.issue.column')}</th>
            <th scope="col">{t('sources.issue.value')}</th>
            <th scope="col">{t('sources.issue.message')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue, i) => (
            <tr key={i} className={`sources-issue--${issue.severity}`}>
              <td>{issue.line ?? ''}</td>
              <td><bdi>{issue.column ?? ''}</bdi></td>
              <td><code><bdi>{issue.value ?? ''}</bdi></code></td>
              <td>{t(`sources.issue.severity.${issue.severity}`)}: <IssueText issue={issue} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReportSummary({ report }: { report: LoadReport | undefined }) {
  const { t } = useI18n();
  // Issues render only once opened: a damaged file may list thousands.
  const [open, setOpen] = useState(false);
  if (!report) return <p className="muted">{t('sources.report.none')}</p>;
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  return (
    <>
      <Counts
        items={[
          [t('sources.report.recordsRead'), report.recordsRead],
          [t('sources.report.loaded'), report.loaded],
          [t('sources.report.rejected'), report.rejected],
          [t('sources.report.blank'), report.blank],
          [t('sources.report.merged'), report.merged],
          [t('sources.report.warnings'), report.issues.length - errors],
          [t('sources.report.errors'), errors],
        ]}
      />
      {report.issues.length > 0 ? (
        <details onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary>{t('sources.report.issues', { count: report.issues.length })}</summary>
          {open ? <IssueTable issues={report.issues} /> : null}
        </details>
      ) : null}
    </>
  );
}

function RemoveButton({ ds, onRemove }: { ds: Dataset; onRemove: () => void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" aria-label={t('sources.remove.label', { name: ds.name })} onClick={() => setAsking(true)}>
        {t('sources.remove')}
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-label={t('sources.remove.label', { name: ds.name })} className="sources-confirm">
      <p>{t('sources.remove.confirm', { name: ds.name })}</p>
      <button type="button" className="danger" onClick={onRemove}>{t('sources.remove.yes')}</button>{' '}
      <button type="button" autoFocus onClick={() => setAsking(false)}>{t('sources.remove.cancel')}</button>
    </div>
  );
}

function DatasetCard({ ds }: { ds: Dataset }) {
  const { t } = useI18n();
  const { reportById, removeDataset, supersededRows } = useData();
  const sources = useMemo(() => citedSources(ds), [ds]);
  const status = useMemo(() => statusCounts(ds), [ds]);
  const superseded = supersededRows(ds.id);
  const titleId = `dataset-${ds.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li className="card sources-dataset" aria-labelledby={titleId}>
      <h3 id={titleId}><bdi>{ds.name}</bdi></h3>
      <p className="muted">{t('sources.origin')}: {t(`app.sources.origin.${ds.origin}`)}</p>
      <Counts items={[[t('app.sources.rows'), ds.rowCount], [t('sources.illustrative'), status.illustrative], [t('sources.derived'), status.derived]]} />
      {status.illustrative > 0 ? <IllustrativeBadge /> : null}
      {superseded > 0 ? <p>{t('sources.superseded', { count: superseded })}</p> : null}
      <h4>{t('sources.cited')}</h4>
      {sources.length === 0 ? (
        <p className="muted">{t('sources.noSource')}</p>
      ) : (
        <ul className="sources-cited">
          {sources.map((c) => (
            <li key={`${c.source}|${c.url ?? ''}|${c.date ?? ''}`}>
              <SourceNote source={c.source} url={c.url} date={sourceDateToShow(c.source, c.date)} />
              <span className="muted"> {t('sources.citedRows', { count: c.rows })}</span>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('sources.report.title')}</h4>
      <ReportSummary report={reportById.get(ds.id)} />
      <div className="sources-actions">
        {/* The visible text starts the accessible name (WCAG 2.5.3); the dataset name follows for screen readers. */}
        <button type="button" onClick={() => downloadBlob(csvBlob(datasetCsvTable(ds)), datasetCsvFileName(ds))}>
          {t('sources.download')}{' '}
          <span className="visually-hidden"><bdi>{ds.name}</bdi></span>
        </button>
        {ds.origin === 'bundled' ? (
          <span className="muted">{t('sources.bundledFixed')}</span>
        ) : (
          <RemoveButton ds={ds} onRemove={() => removeDataset(ds.id)} />
        )}
      </div>
    </li>
  );
}

export function SourcesView(_props: ViewProps) {
  const { t } = useI18n();
  const { datasets } = useData();
  return (
    <section aria-labelledby="sources-title">
      <div className="view-toolbar">
        <h2 id="sources-title">{t('app.sources.title')}</h2>
      </div>
      <p>{t('sources.intro')}</p>
      <DataGate height={480} empty={datasets.length === 0}>
        <ul className="sources-list">
          {datasets.map((ds) => <DatasetCard key={ds.id} ds={ds} />)}
        </ul>
      </DataGate>
    </section>
  );
}
