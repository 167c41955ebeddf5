// A year slider over the years with data, plus "Latest"; moving it replaces the history entry.
import { useId } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import type { YearRange } from '../../state/viewState';
import { numberFormat } from '../../i18n/intl';

export interface YearControlProps {
  readonly years: readonly number[];
  readonly value: YearRange | null;
  readonly onChange: (year: YearRange | null) => void;
}

export function YearControl({ years, value, onChange }: YearControlProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return null;
  const current = value?.to ?? last;
  const yearText = numberFormat(lang, { useGrouping: false });
  return (
    <div className="field year-control">
      <label htmlFor={id}>{t('app.year.label')}</label>
      <input
        id={id}
        type="range"
        min={first}
        max={last}
        step={1}
        value={current}
        list={`${id}-years`}
        aria-valuetext={value ? yearText.format(current) : t('app.year.latest')}
        onChange={(e) => {
          const y = Number(e.target.value);
          onChange({ from: y, to: y });
        }}
      />
      <datalist id={`${id}-years`}>
        {years.map((y) => <option key={y} value={y} />)}
      </datalist>
      <output htmlFor={id}>{value ? yearText.format(current) : t('app.year.latest')}</output>
      <button type="button" aria-pressed={value === null} onClick={() => onChange(null)}>{t('app.year.latest')}</button>
    </div>
  );
}
