// When a file cannot be read as it is, the person says what it holds and how it is written.
import { useId, useState, type FormEvent } from 'react';
import type { Reading } from '../../data/reading';
import { DATASET_KINDS, type DatasetKind } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import type { ReadChoices } from './uploadQueue';

const DELIMITERS = [['comma', ','], ['semicolon', ';'], ['tab', '\t']] as const;

export interface RetryFormProps {
  readonly initial: ReadChoices;
  readonly remembered?: Reading | null;
  /** False when the review's mapping form already offers the kind: one kind control per dialog, not two. */
  readonly offerKind?: boolean;
  readonly onRetry: (choices: ReadChoices) => void;
}

export function RetryForm({ initial, remembered, offerKind = true, onRetry }: RetryFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [kind, setKind] = useState<string>(initial.kind ?? '');
  const [delimiter, setDelimiter] = useState<string>(initial.delimiter ?? '');
  const [encoding, setEncoding] = useState<string>(initial.encoding ?? '');
  // The same settings would fail the same way: say so instead of a button that seems to do nothing.
  const [unchanged, setUnchanged] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const same = kind === (initial.kind ?? '') && delimiter === (initial.delimiter ?? '') && encoding === (initial.encoding ?? '')
      && !(remembered && !initial.reading);
    setUnchanged(same);
    if (same) return;
    // A mapping remembered for these headers is used again; a forced kind or separator starts a new proposal.
    const reading = initial.reading ?? remembered;
    onRetry({
      ...(reading && !kind && !delimiter ? { reading } : {}),
      ...(kind ? { kind: kind as DatasetKind } : {}),
      ...(delimiter ? { delimiter: delimiter as ReadChoices['delimiter'] } : {}),
      ...(encoding ? { encoding: encoding as ReadChoices['encoding'] } : {}),
    });
  };
  return (
    <form className="upload-retry" onSubmit={submit}>
      <p>{t('upload.retry.intro')}</p>
      <div className="upload-retry__fields">
        {offerKind ? (
          <>
            <label htmlFor={`${id}-kind`}>{t('upload.retry.kind')}</label>
            <select id={`${id}-kind`} value={kind} onChange={(e) => { setKind(e.target.value); setUnchanged(false); }}>
              <option value="">{t('upload.retry.auto')}</option>
              {DATASET_KINDS.map((k) => <option key={k} value={k}>{t(`upload.kind.${k}`)}</option>)}
            </select>
          </>
        ) : null}
        <label htmlFor={`${id}-delimiter`}>{t('upload.retry.delimiter')}</label>
        <select id={`${id}-delimiter`} value={delimiter} onChange={(e) => { setDelimiter(e.target.value); setUnchanged(false); }}>
          <option value="">{t('upload.retry.auto')}</option>
          {DELIMITERS.map(([name, value]) => <option key={name} value={value}>{t(`upload.retry.${name}`)}</option>)}
        </select>
        <label htmlFor={`${id}-encoding`}>{t('upload.retry.encoding')}</label>
        <select id={`${id}-encoding`} value={encoding} onChange={(e) => { setEncoding(e.target.value); setUnchanged(false); }}>
          <option value="">{t('upload.retry.utf8')}</option>
          <option value="windows-1252">{t('upload.retry.windows1252')}</option>
        </select>
      </div>
      {unchanged && <p role="alert" id={`${id}-unchanged`} className="upload-retry__unchanged">{t('upload.retry.unchanged')}</p>}
      <button type="submit" aria-describedby={unchanged ? `${id}-unchanged` : undefined}>{t('upload.retry.submit')}</button>
    </form>
  );
}
