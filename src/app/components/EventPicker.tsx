// Picks the event whose delegates are shown.
import { useId } from 'react';
import type { Dataset } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import { optionalCodeColumn, stringAt } from '../../transforms/columns';
import { inLang, localizedAt, localizedColumns } from '../../transforms/eventText';

export interface EventPickerProps {
  readonly events: Dataset;
  readonly value: string | null;
  readonly onChange: (eventId: string) => void;
}

export function EventPicker({ events, value, onChange }: EventPickerProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const ids = optionalCodeColumn(events, 'event_id');
  const names = localizedColumns(events, 'name');
  const starts = optionalCodeColumn(events, 'start_date');
  const options = Array.from({ length: events.rowCount }, (_, r) => ({
    id: stringAt(ids, r),
    label: `${inLang(localizedAt(names, r), lang) ?? stringAt(ids, r) ?? ''} (${(stringAt(starts, r) ?? '').slice(0, 4)})`,
  })).filter((o): o is { id: string; label: string } => o.id !== null);
  return (
    <div className="field">
      <label htmlFor={id}>{t('app.event.label')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => <option key={o.id} value={o.id}>{o.label}</option>)}
      </select>
    </div>
  );
}
