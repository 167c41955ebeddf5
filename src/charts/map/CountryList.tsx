// "Find a country": a combobox over every country and its value, so the map's countries are reachable
// without the SVG (type to filter, arrow keys to move, Enter opens the country).
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { nameCollator, useHydrated } from '../../components/useHydrated';
import './countryList.css';

export interface CountryListItem {
  readonly iso3: string;
  /** Name in the current language. */
  readonly name: string;
  /** The value as the reader should hear it ("more than 740", "No data"). */
  readonly valueText: string;
  readonly hasValue: boolean;
}

export interface CountryListProps {
  readonly items: readonly CountryListItem[];
  readonly onSelect: (iso3: string) => void;
}

// Inline, like the legend: the chart folder ships no stylesheet.

/** Lower case without accents, so "turkiye" finds "Türkiye". */
function fold(text: string, lang: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(lang);
}

export function CountryList({ items, onSelect }: CountryListProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const [query, setQuery] = useState('');
  // -1 until the reader types or moves: nothing looks chosen before they act.
  const [active, setActive] = useState(-1);

  const hydrated = useHydrated();
  const sorted = useMemo(() => {
    const collator = nameCollator(lang, hydrated);
    // Countries with a figure first, then the rest, each by name.
    return items
      .map((item) => ({ item, key: fold(item.name, lang) }))
      .sort((a, b) => Number(b.item.hasValue) - Number(a.item.hasValue) || collator.compare(a.item.name, b.item.name));
  }, [items, lang, hydrated]);
  const shown = useMemo(() => {
    const q = fold(query.trim(), lang);
    return q === '' ? sorted.map((s) => s.item) : sorted.filter((s) => s.key.includes(q) || s.item.iso3.toLowerCase() === q).map((s) => s.item);
  }, [sorted, query, lang]);
  const current = Math.min(active, shown.length - 1);
  const optionId = (iso3: string) => `${id}-${iso3}`;

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    const move: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, PageDown: current + 10, PageUp: current - 10 };
    if (event.key in move) {
      event.preventDefault();
      const next = Math.max(0, Math.min(last, move[event.key] ?? 0));
      setActive(next);
      const item = shown[next];
      if (item) document.getElementById(optionId(item.iso3))?.scrollIntoView?.({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      const item = shown[Math.max(0, current)];
      if (item) {
        event.preventDefault();
        onSelect(item.iso3);
      }
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      setQuery('');
      setActive(0);
    }
  };

  const activeItem = current >= 0 ? shown[current] : undefined;
  return (
    <div className="country-list">
      <label htmlFor={`${id}-input`} className="country-list__label">{t('map.find.label')}</label>
      <input
        id={`${id}-input`}
        type="text"
        className="country-list__input"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-expanded="true"
        aria-autocomplete="list"
        aria-controls={`${id}-list`}
        aria-activedescendant={activeItem ? optionId(activeItem.iso3) : undefined}
        aria-describedby={`${id}-hint`}
        value={query}
        placeholder={t('map.find.placeholder')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="country-list__hint" aria-live="polite">
        {t('map.find.count', { count: shown.length })}
      </p>
      <ul id={`${id}-list`} role="listbox" aria-label={t('map.find.label')} className="country-list__options">
        {shown.map((item, i) => (
          <li
            key={item.iso3}
            id={optionId(item.iso3)}
            role="option"
            aria-selected={i === current}
            className={`country-list__option${i === current ? ' country-list__option--active' : ''}${item.hasValue ? '' : ' country-list__option--empty'}`}
            onClick={() => onSelect(item.iso3)}
            onPointerMove={() => i !== current && setActive(i)}
          >
            <span className="country-list__name">{item.name}</span>
            <span className="country-list__value">{item.valueText}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
