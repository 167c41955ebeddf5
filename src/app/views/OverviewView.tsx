// Headline figures: the selected event, UN Volunteers worldwide, and the focus country.
import { useMemo } from 'react';
import type { Dataset } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import type { Figure } from '../../transforms/figure';
import { focusCountry } from '../../state/viewState';
import { useData } from '../DataContext';
import { countryName } from '../countryName';
import { CountryPicker } from '../components/CountryPicker';
import { KeyFigureCard } from '../components/KeyFigureCard';
import { Skeleton } from '../components/Skeleton';
import { defaultEventId, eventFigures, latestOrganizations, latestPlacement } from './overviewFigures';
import type { ViewProps } from './types';

const CARD_HEIGHT = 188;
const CARDS = 6;

/** The first figure any dataset of the kind yields (bundled first). */
function first(datasets: readonly Dataset[], read: (ds: Dataset) => Figure | null): Figure | null {
  for (const ds of datasets) {
    const figure = read(ds);
    if (figure) return figure;
  }
  return null;
}

export function OverviewView({ state, update }: ViewProps) {
  const { t, lang } = useI18n();
  const { status, error, reference, datasetsOf } = useData();
  const focus = focusCountry(state);

  const cards = useMemo(() => {
    if (status !== 'ready') return null;
    const events = datasetsOf('events')[0];
    const eventId = state.event ?? (events ? defaultEventId(events) : null);
    const event = events && eventId ? eventFigures(events, eventId) : null;
    const placements = datasetsOf('placements');
    const name = countryName(reference?.countries, focus, lang);
    const eventName = event?.name ?? '';
    return [
      { key: 'delegates', label: t('app.overview.eventDelegates', { event: eventName }), figure: event?.delegates ?? null },
      { key: 'countries', label: t('app.overview.eventCountries', { event: eventName }), figure: event?.countries ?? null },
      {
        key: 'world',
        label: t('app.overview.unvWorld'),
        figure: first(placements, (ds) => latestPlacement(ds, { country: 'WLD', perspective: 'duty_station', type: 'total' })),
      },
      {
        key: 'national',
        label: t('app.overview.unvNational', { country: name }),
        figure: first(placements, (ds) => latestPlacement(ds, { country: focus, perspective: 'duty_station', type: 'national' })),
      },
      {
        key: 'international',
        label: t('app.overview.unvInternational', { country: name }),
        figure: first(placements, (ds) => latestPlacement(ds, { country: focus, perspective: 'nationality', type: 'international' })),
      },
      {
        key: 'organizations',
        label: t('app.overview.organizations', { country: name }),
        figure: first(datasetsOf('organizations'), (ds) => latestOrganizations(ds, focus)),
      },
    ];
  }, [status, datasetsOf, state.event, reference, focus, lang, t]);

  return (
    <section aria-labelledby="overview-title">
      <div className="view-toolbar">
        <h2 id="overview-title">{t('app.overview.title')}</h2>
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
