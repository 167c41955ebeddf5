// A workbook in the review: the sheet that was read, and the workbook's other sheets to read instead.
import { useId, useState, type FormEvent } from 'react';
import type { SheetSummary } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';

export interface SheetChoiceProps {
  readonly sheet: SheetSummary;
  readonly onChoose: (name: string) => void;
}

export function SheetChoice({ sheet, onChoose }: SheetChoiceProps) {
  const { t } = useI18n();
  const id = useId();
  const others = sheet.names.filter((name) => name !== sheet.name);
  const [chosen, setChosen] = useState(others[0] ?? '');
  // A button reads the sheet, not the select itself: arrowing through the options must not reload the file each time.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (others.includes(chosen)) onChoose(chosen);
  };
  return (
    <form className="upload-sheet" onSubmit={submit}>
      {sheet.name !== null && <p className="upload-sheet__read">{t('reading.sheet', { name: sheet.name })}</p>}
      {others.length > 0 && (
        <div className="upload-sheet__choose">
          <label htmlFor={`${id}-sheet`}>{t('reading.sheet.choose')}</label>{' '}
          <select id={`${id}-sheet`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {others.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>{' '}
          <button type="submit">{t('reading.sheet.apply')}</button>
        </div>
      )}
    </form>
  );
}
