// When a file cannot be read as it is, the person says what it holds and how it is written.
import { useId, useState, type FormEvent } from 'react';
import { DATASET_KINDS, type DatasetKind } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import type { ReadChoices } from './uploadQueue';

const DELIMITERS = [['comma', ','], ['semicolon', ';'], ['tab', '\t']] as const;

export function RetryForm({ initial, onRetry }: { initial: ReadChoices; onRetry: (choices: ReadChoices) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<string>(initial.kind ?? '');
  const [delimiter, setDelimiter] = useState<string>(initial.delimiter ?? '');
  const [encoding, setEncoding] = useState<string>(initial.encoding ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onRetry({
      ...(kind ? { kind: kind as DatasetKind } : {}),
      ...(delimiter ? { delimiter: delimiter as ReadChoices['delimiter'] } : {}),
      ...(encoding ? { encoding: encoding as ReadChoices['encoding'] } : {}),
    });
  };
  return (
    <form className="upload-retry" onSubmit={submit}>
      <p>{t('upload.retry.intro')}</p>
      <div className="upload-retry__fields">
        <label htmlFor={`${id}-kind`}>{t('upload.retry.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('upload.retry.auto')}</option>
          {DATASET_KINDS.map((k) => <option key={k} value={k}>{t(`upload.kind.${k}`)}</option>)}
        </select>
        <label htmlFor={`${id}-delimiter`}>{t('upload.retry.delimiter')}</label>
        <select id={`${id}-delimiter`} value={delimiter} onChange={(e) => setDelimiter(e.target.value)}>
          <option value="">{t('upload.retry.auto')}</option>
          {DELIMITERS.map(([name, value]) => <option key={name} value={value}>{t(`upload.retry.${name}`)}</option>)}
        </select>
        <label htmlFor={`${id}-encoding`}>{t('upload.retry.encoding')}</label>
        <select id={`${id}-encoding`} value={encoding} onChange={(e) => setEncoding(e.target.value)}>
          <option value="">{t('upload.retry.utf8')}</option>
          <option value="windows-1252">{t('upload.retry.windows1252')}</option>
        </select>
      </div>
      <button type="submit">{t('upload.retry.submit')}</button>
    </form>
  );
}
