// The mapping step of the review: how each column is read, in words, and the controls to change it
// (any header to any field, a column not read, a value for a field the file lacks).
import { useId, useMemo, useState, type FormEvent } from 'react';
import type { Reading } from '../../data/reading';
import { DATASET_KINDS, type DatasetKind, type ReadingSummary } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import { constantFields, columnUseOptions, columnUseText, withKind } from './mappingOptions';
import { rememberedReading, sameReading } from './rememberedReading';

export interface MappingFormProps {
  readonly summary: ReadingSummary;
  /** Records read, for the sentence on reshaping. */
  readonly records: number;
  readonly onApply: (reading: Reading) => void;
}

export function MappingForm({ summary, records, onApply }: MappingFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [reading, setReading] = useState<Reading>(summary.mapping);
  const remembered = useMemo(() => rememberedReading(summary.mapping.headers), [summary.mapping.headers]);
  const offer = remembered !== null && !sameReading(remembered, summary.mapping) ? remembered : null;
  const changed = !sameReading(reading, summary.mapping);
  const words = reading.headers
    .map((header, i) => (reading.uses[i] === 'ignore' ? null : t('reading.sentence', { column: header.trim() || `#${i + 1}`, use: columnUseText(reading.uses[i]!, t) })))
    .filter((w): w is string => w !== null);
  const setUse = (i: number, use: string) => setReading({ ...reading, uses: reading.uses.map((u, k) => (k === i ? use : u)) });
  const setConstant = (name: string, value: string) => {
    const constants = { ...reading.constants };
    if (value.trim() === '') delete constants[name];
    else constants[name] = value;
    setReading({ ...reading, constants });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(reading);
  };
  return (
    <form className="upload-mapping" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h3 id={`${id}-title`}>{t('reading.title')}</h3>
      <p>
        {t('reading.headerLine', { line: summary.headerLine })}{' '}
        {summary.figures > 0 ? t(`reading.shape.${summary.shape}`, { figures: summary.figures, records, count: summary.figures }) : null}
      </p>
      {/* Each sentence isolated, so "Year → year" keeps its order among right-to-left text. */}
      <p className="upload-mapping__words">{words.map((w, i) => <span key={i}>{i > 0 ? '; ' : ''}<bdi>{w}</bdi></span>)}</p>
      {offer && (
        <div className="notice" role="status">
          <p>{t('reading.remembered')}</p>
          <button type="button" onClick={() => onApply(offer)}>{t('reading.apply')}</button>
        </div>
      )}
      <label htmlFor={`${id}-kind`}>{t('reading.kind')}</label>{' '}
      <select id={`${id}-kind`} value={reading.kind} onChange={(e) => setReading(withKind(reading, e.target.value as DatasetKind))}>
        {DATASET_KINDS.map((k) => <option key={k} value={k}>{t(`upload.kind.${k}`)}</option>)}
      </select>
      <table className="upload-mapping__table">
        <thead>
          <tr><th scope="col">{t('reading.column')}</th><th scope="col">{t('reading.readAs')}</th></tr>
        </thead>
        <tbody>
          {reading.headers.map((header, i) => (
            <tr key={i}>
              <th scope="row" id={`${id}-h${i}`}><bdi>{header.trim() || `#${i + 1}`}</bdi></th>
              <td>
                <select aria-labelledby={`${id}-h${i}`} value={reading.uses[i]} onChange={(e) => setUse(i, e.target.value)}>
                  {columnUseOptions(reading.kind, header).map((use) => <option key={use} value={use}>{columnUseText(use, t)}</option>)}
                  {!columnUseOptions(reading.kind, header).includes(reading.uses[i]!) && <option value={reading.uses[i]}>{columnUseText(reading.uses[i]!, t)}</option>}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset className="upload-mapping__constants">
        <legend>{t('reading.constants')}</legend>
        {constantFields(reading).map((name) => (
          <div key={name} className="upload-mapping__constant">
            <label htmlFor={`${id}-c-${name}`}>{name}</label>{' '}
            <input id={`${id}-c-${name}`} type="text" value={reading.constants[name] ?? ''} placeholder={t('reading.constant.none')}
              onChange={(e) => setConstant(name, e.target.value)} />
          </div>
        ))}
      </fieldset>
      <button type="submit" className={changed ? 'button--primary' : undefined}>{t('reading.apply')}</button>
    </form>
  );
}
