// The keyboard path to uploading: a button that opens the file picker (several files at once).
import { useRef } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { prefetchUploadDialog } from './lazyUploadDialog';
import { useUpload } from './UploadContext';

export function UploadButton() {
  const { t } = useI18n();
  const upload = useUpload();
  const input = useRef<HTMLInputElement>(null);
  if (!upload) return null;
  return (
    <>
      <button type="button" className="upload-button" onClick={() => input.current?.click()}
        onPointerEnter={prefetchUploadDialog} onFocus={prefetchUploadDialog}>{t('upload.button')}</button>
      <input
        ref={input}
        type="file"
        accept=".csv,.tsv,.txt,.parquet,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        hidden
        tabIndex={-1}
        data-upload-input=""
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = ''; // the same file can be picked again
          upload.addFiles(files);
        }}
      />
    </>
  );
}
