// Picks the focus country; options sorted by name in the reader's language.
import { useId, useMemo } from 'react';
import type { Country } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import { nameCollator, useHydrated } from '../../components/useHydrated';

export interface CountryPickerProps {
  readonly countries: readonly Country[];
  readonly value: string;
  readonly onChange: (iso3: string) => void;
}

export function CountryPicker({ countries, value, onChange }: CountryPickerProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const hydrated = useHydrated();
  const sorted = useMemo(() => {
    const collator = nameCollator(lang, hydrated);
    return [...countries].sort((a, b) => collator.compare(a.names[lang], b.names[lang]));
  }, [countries, lang, hydrated]);
  return (
    <div className="field">
      <label htmlFor={id}>{t('app.country.picker')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {sorted.map((c) => (
          <option key={c.iso3} value={c.iso3}>{c.names[lang]}</option>
        ))}
      </select>
    </div>
  );
}
