// A loaded file waiting for confirmation: what was detected, the report, and how it joins the views.
import { useId, useState } from 'react';
import type { LoadReport, LoadResult } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import type { Translate } from '../../i18n/translate';
import { IssueText } from './IssueText';
import { LoadReportView } from './LoadReportView';
import { MappingForm } from './MappingForm';
import { rememberReading, rememberedReading } from './rememberedReading';
import { RetryForm } from './RetryForm';
import { SheetChoice } from './SheetChoice';
import { canRetry, type ReadChoices } from './uploadQueue';

export type JoinMode = 'add' | 'replace';

export interface ReviewPanelProps {
  readonly name: string;
  readonly result: LoadResult;
  readonly choices: ReadChoices;
  /** Uploaded datasets of the detected kind already in the views. */
  readonly uploadedOfKind: number;
  /** False while the bundled data is still loading. */
  readonly ready: boolean;
  readonly onConfirm: (mode: JoinMode) => void;
  readonly onRetry: (choices: ReadChoices) => void;
  readonly onCancel: () => void;
}

const DELIMITER_KEYS = { ',': 'upload.delimiter.comma', ';': 'upload.delimiter.semicolon', '\t': 'upload.delimiter.tab' } as const;

export function detectionLine(report: LoadReport, t: Translate): string {
  if (!report.kind) return t('upload.detected.unknownKind');
  const count = report.recordsRead - report.blank;
  const kind = t(`upload.kind.${report.kind}`);
  // A workbook or Parquet file was converted to text here: its separator and encoding would be ours, not the file's.
  if (report.format === 'parquet') return t('upload.detected.converted', { kind, count, format: t('upload.format.parquet') });
  if (report.format === 'xlsx') return t('upload.detected.converted', { kind, count, format: t('upload.format.xlsx', { sheet: report.sheet?.name ?? '' }) });
  return t('upload.detected', {
    kind,
    count,
    delimiter: t(report.delimiter ? DELIMITER_KEYS[report.delimiter] : 'upload.delimiter.unknown'),
    encoding: t(`upload.encoding.${report.encoding}`),
  });
}

export function ReviewPanel({ name, result, choices, uploadedOfKind, ready, onConfirm, onRetry, onCancel }: ReviewPanelProps) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<JoinMode>('add');
  const { report, dataset } = result;
  const usable = dataset !== null && !report.failed;
  // Why the file failed is the last error the loader listed (it is appended after the row issues).
  const reason = usable ? null : report.issues.findLast((issue) => issue.severity === 'error') ?? null;
  // Another mapping or forced option reads the same sheet of a workbook again, not a fresh proposal.
  const sameSheet = report.sheet?.name ? { sheet: report.sheet.name } : {};
  return (
    <>
      {usable
        ? <p role="status" className="upload-detected">{detectionLine(report, t)}</p>
        : (
          <div role="alert" className="notice notice--error">
            <p><strong>{t('upload.failed')}</strong></p>
            {reason && <p><IssueText issue={reason} /></p>}
          </div>
        )}
      {usable && uploadedOfKind > 0 && (
        <fieldset className="upload-mode">
          <legend>{t('upload.mode.legend')}</legend>
          {(['add', 'replace'] as const).map((m) => (
            <label key={m}>
              <input type="radio" name={`${id}-mode`} value={m} checked={mode === m} onChange={() => setMode(m)} />
              {m === 'add' ? t('upload.mode.add') : t('upload.mode.replace', { count: uploadedOfKind })}
            </label>
          ))}
        </fieldset>
      )}
      {report.sheet && (
        // Another sheet has other columns: its reading is proposed afresh, with nothing forced.
        <SheetChoice key={report.sheet.name ?? ''} sheet={report.sheet} onChoose={(sheet) => onRetry({ sheet })} />
      )}
      {report.reading && (
        <MappingForm
          key={JSON.stringify(report.reading.mapping)}
          summary={report.reading}
          records={report.recordsRead - report.blank}
          onApply={(reading) => onRetry({ ...choices, ...sameSheet, reading })}
        />
      )}
      <LoadReportView report={report} name={name} />
      {!usable && canRetry(result) && (
        <RetryForm
          initial={choices}
          remembered={report.reading ? rememberedReading(report.reading.mapping.headers) : null}
          offerKind={!report.reading}
          onRetry={(retried) => onRetry({ ...retried, ...sameSheet })}
        />
      )}
      {usable && !ready && <p role="status">{t('upload.waitForData')}</p>}
      <div className="upload-dialog__buttons">
        {usable && (
          <button type="button" className="button--primary" disabled={!ready} onClick={() => {
            // A mapping the person chose is offered again for files with the same headers.
            if (choices.reading && report.reading) rememberReading(report.reading.mapping);
            onConfirm(mode);
          }}>
            {report.rejected > 0
              ? t('upload.confirmPartial', { count: report.loaded, rejected: report.rejected })
              : t('upload.confirm')}
          </button>
        )}
        <button type="button" onClick={onCancel}>{usable ? t('upload.cancel') : t('upload.close')}</button>
      </div>
    </>
  );
}
