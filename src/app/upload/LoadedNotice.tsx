// Says what the last confirmed upload brought and that the views now show it, with a way into the table.
// The status is polite: it is announced after the dialog closes, without taking focus from the reader.
// Its live region is in the page from the moment a file is picked, so the message is an announced change.
import { useEffect, useRef, type MouseEvent } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { Translate } from '../../i18n/translate';
import type { DatasetChoice, View } from '../../state/viewState';
import { focusViewHeading } from '../focusViewHeading';
import type { LoadedUpload } from './showLoaded';
import { useUpload } from './UploadContext';

export interface LoadedNoticeProps {
  /** The dataset the views show now: the notice goes once the reader switches to another. */
  readonly dataset: DatasetChoice;
  readonly view: View;
  /** The address of the Table view of the current state (a real link: open in a new tab works). */
  readonly tableHref: string;
  readonly onOpenTable: () => void;
}

export function loadedMessage(loaded: LoadedUpload, t: Translate): string {
  if (loaded.event) return t('upload.loadedEvents', { count: loaded.rows, file: loaded.file, event: loaded.event.name });
  return t('upload.loaded', { count: loaded.rows, file: loaded.file, kind: t(`upload.kind.${loaded.kind}`) });
}

export function LoadedNotice({ dataset, view, tableHref, onOpenTable }: LoadedNoticeProps) {
  const { t } = useI18n();
  const upload = useUpload();
  const loaded = upload?.loaded ?? null;
  const dismiss = upload?.dismissLoaded;
  const box = useRef<HTMLDivElement>(null);

  const stale = loaded !== null && loaded.dataset !== dataset;
  useEffect(() => {
    if (stale) dismiss?.();
  }, [stale, dismiss]);
  const shown = loaded !== null && !stale ? loaded : null;

  const onDismiss = () => {
    // The button goes away with the notice: keep keyboard focus in the content, not on the page's body.
    const hadFocus = box.current?.contains(document.activeElement) ?? false;
    dismiss?.();
    if (hadFocus) focusViewHeading(document.getElementById('main'));
  };
  const onTable = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpenTable();
  };

  if (!upload || (!upload.pending && !shown)) return null;
  return (
    <div className="ignored-notice-region">
      <div ref={box} className={shown ? 'notice upload-loaded' : undefined}>
        <div role="status">{shown && <p>{loadedMessage(shown, t)}</p>}</div>
        {shown && (
          <div className="upload-loaded__actions">
            {view !== 'table' && <a href={tableHref} onClick={onTable}>{t('upload.loaded.openTable')}</a>}
            <button type="button" onClick={onDismiss}>{t('upload.loaded.dismiss')}</button>
          </div>
        )}
      </div>
    </div>
  );
}
