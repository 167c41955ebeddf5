// The headline figures: the selected event, UN Volunteers worldwide, and the focus country.
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { focusCountry, type ViewState } from '../../state/viewState';
import type { Figure } from '../../transforms/figure';
import { inLang } from '../../transforms/eventText';
import { keyFigures } from '../../transforms/keyFigures';
import { useData } from '../dataApi';
import { countryName } from '../countryName';
import { selectedEventId } from '../selectedValues';

export const KEY_FIGURE_KEYS = ['delegates', 'countries', 'world', 'national', 'international', 'organizations'] as const;
export type KeyFigureKey = (typeof KEY_FIGURE_KEYS)[number];

export interface KeyFigureItem {
  readonly key: KeyFigureKey;
  readonly label: string;
  /** Null when the data has no such figure. */
  readonly figure: Figure | null;
}

/** The six cards in order, or null until the data is ready. */
export function useKeyFigures(state: ViewState): readonly KeyFigureItem[] | null {
  const { t, lang } = useI18n();
  const { status, reference, datasets, combined } = useData();
  const focus = focusCountry(state);
  return useMemo(() => {
    if (status !== 'ready') return null;
    const eventId = selectedEventId(state, combined) ?? '';
    const figures = keyFigures(datasets, { eventId, focusCountry: focus });
    const name = countryName(reference?.countries, focus, lang);
    const eventName = (figures.event ? inLang(figures.event.names, lang) : null) ?? eventId;
    return [
      { key: 'delegates', label: t('app.overview.eventDelegates', { event: eventName }), figure: figures.event?.delegates ?? null },
      { key: 'countries', label: t('app.overview.eventCountries', { event: eventName }), figure: figures.event?.countries ?? null },
      { key: 'world', label: t('app.overview.unvWorld'), figure: figures.unvWorldwide },
      { key: 'national', label: t('app.overview.unvNational', { country: name }), figure: figures.focus.placements.duty_station.national },
      { key: 'international', label: t('app.overview.unvInternational', { country: name }), figure: figures.focus.placements.nationality.international },
      { key: 'organizations', label: t('app.overview.organizations', { country: name }), figure: figures.focus.organizations },
    ];
  }, [status, datasets, combined, state, reference, focus, lang, t]);
}
