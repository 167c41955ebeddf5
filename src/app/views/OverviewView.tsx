// Headline figures: the selected event, UN Volunteers worldwide, and the focus country.
import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { keyFigures } from '../../transforms/keyFigures';
import { inLang } from '../../transforms/eventText';
import { focusCountry } from '../../state/viewState';
import { useData } from '../DataContext';
import { countryName } from '../countryName';
import { CountryPicker } from '../components/CountryPicker';
import { KeyFigureCard } from '../components/KeyFigureCard';
import { Skeleton } from '../components/Skeleton';
import { selectedEventId } from '../selectedValues';
import type { ViewProps } from './types';

const CARD_HEIGHT = 188;
const CARDS = 6;

export function OverviewView({ state, update }: ViewProps) {
  const { t, lang } = useI18n();
  const { status, error, reference, datasets, combined } = useData();
  const focus = focusCountry(state);

  const cards = useMemo(() => {
    if (status !== 'ready') return null;
    const eventId = selectedEventId(state, combined) ?? '';
    const figures = keyFigures(datasets, { eventId, focusCountry: focus });
    const name = countryName(reference?.countries, focus, lang);
    const eventName = (figures.event ? inLang(figures.event.names, lang) : null) ?? eventId;
    return [
      { key: 'delegates', label: t('app.overview.eventDelegates', { event: eventName }), figure: figures.event?.delegates ?? null },
      { key: 'countries', label: t('app.overview.eventCountries', { event: eventName }), figure: figures.event?.countries ?? null },
      { key: 'world', label: t('app.overview.unvWorld'), figure: figures.unvWorldwide },
      {
        key: 'national',
        label: t('app.overview.unvNational', { country: name }),
        figure: figures.focus.placements.duty_station.national,
      },
      {
        key: 'international',
        label: t('app.overview.unvInternational', { country: name }),
        figure: figures.focus.placements.nationality.international,
      },
      { key: 'organizations', label: t('app.overview.organizations', { country: name }), figure: figures.focus.organizations },
    ];
  }, [status, datasets, combined, state, reference, focus, lang, t]);

  return (
    <section aria-labelledby="overview-title">
      <div className="view-toolbar">
        <h2 id="overview-title" tabIndex={-1}>{t('app.overview.title')}</h2>
        {reference ? (
          <CountryPicker countries={reference.countries} value={focus} onChange={(iso3) => update({ countries: [iso3] })} />
        ) : null}
      </div>
      {status === 'error' ? (
        <div className="notice notice--error" role="alert">
          <p><strong>{t('app.error.title')}</strong></p>
          <p>{error}</p>
        </div>
      ) : null}
      <div className="card-grid">
        {cards
          ? cards.map((c) => <KeyFigureCard key={c.key} label={c.label} figure={c.figure} />)
          : status === 'loading' && Array.from({ length: CARDS }, (_, i) => <Skeleton key={i} height={CARD_HEIGHT} />)}
      </div>
    </section>
  );
}
