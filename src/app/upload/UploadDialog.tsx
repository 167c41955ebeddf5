// The modal dialog for the first file in the upload queue: progress, then review or failure.
import { useEffect, useId, useRef } from 'react';
import type { Dataset } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import { ReviewPanel, type JoinMode } from './ReviewPanel';
import { uniqueDataset, type ReadChoices, type UploadItem } from './uploadQueue';
import { useDialogFocus } from './useDialogFocus';

export interface UploadDialogProps {
  readonly item: UploadItem;
  readonly index: number;
  readonly count: number;
  readonly uploadedOfKind: number;
  readonly ready: boolean;
  readonly onConfirm: (mode: JoinMode) => void;
  readonly onRetry: (choices: ReadChoices) => void;
  readonly onCancel: () => void;
  /** The datasets shown now, and how to start the merge Add would make (DataApi.prepareAdd). */
  readonly existing?: readonly Dataset[];
  readonly prepareAdd?: (dataset: Dataset | null) => void;
}

export function UploadDialog(props: UploadDialogProps) {
  const { item, index, count, existing, prepareAdd } = props;
  const { t } = useI18n();
  // While the review is read, the worker merges the file with the data it would join, so Add has only to show it.
  const reviewed = item.phase === 'review' ? item.result.dataset : null;
  useEffect(() => {
    if (reviewed && existing) prepareAdd?.(uniqueDataset(reviewed, existing));
  }, [reviewed, existing, prepareAdd]);
  // A review cancelled or read again drops that merge; Add uses it.
  const onCancel = () => {
    prepareAdd?.(null);
    props.onCancel();
  };
  const onRetry = (choices: ReadChoices) => {
    prepareAdd?.(null);
    props.onRetry(choices);
  };
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useDialogFocus(ref, `${item.id}:${item.attempt}:${item.phase}`, onCancel, '.upload-button');
  return (
    <div className="upload-backdrop">
      <div ref={ref} className="upload-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <h2 id={titleId} tabIndex={-1} data-autofocus>{t('upload.dialog.title', { file: item.name })}</h2>
        {count > 1 && <p className="upload-dialog__queue">{t('upload.queue', { index, count })}</p>}
        {item.phase === 'loading' && (
          <LoadingPanel name={item.name} fraction={item.progress?.fraction ?? 0} rows={item.progress?.rows ?? 0} onCancel={onCancel} />
        )}
        {item.phase === 'error' && (
          <>
            <div role="alert" className="notice notice--error">
              <p><strong>{t('upload.failed')}</strong></p>
              <p>{t(`loaderError.${item.failure.code}`, item.failure.params)}</p>
            </div>
            <div className="upload-dialog__buttons">
              <button type="button" onClick={onCancel}>{t('upload.close')}</button>
            </div>
          </>
        )}
        {item.phase === 'review' && (
          <ReviewPanel
            key={`${item.id}:${item.attempt}`}
            name={item.name}
            result={item.result}
            choices={item.choices}
            uploadedOfKind={props.uploadedOfKind}
            ready={props.ready}
            onConfirm={props.onConfirm}
            onRetry={onRetry}
            onCancel={onCancel}
          />
        )}
      </div>
    </div>
  );
}

function LoadingPanel({ name, fraction, rows, onCancel }: { name: string; fraction: number; rows: number; onCancel: () => void }) {
  const { t } = useI18n();
  const percent = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <>
      <p role="status">{t('upload.reading', { file: name })}</p>
      {rows > 0 && <p className="upload-dialog__queue">{t('upload.rowsSoFar', { count: rows })}</p>}
      <div className="upload-progress" role="progressbar" aria-label={t('upload.progress', { file: name })}
        aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="upload-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <div className="upload-dialog__buttons">
        <button type="button" onClick={onCancel}>{t('upload.cancel')}</button>
      </div>
    </>
  );
}
