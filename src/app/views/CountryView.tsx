// One country: its figures across every dataset, with sources, and its rank among CICA states.
import { useI18n } from '../../i18n/I18nContext';
import { focusCountry } from '../../state/viewState';
import { useData } from '../dataApi';
import { countryName } from '../countryName';
import { CountryPicker } from '../components/CountryPicker';
import { CountryProfilePanel } from '../panels/CountryProfilePanel';
import type { ViewProps } from './types';

export function CountryView({ state, update }: ViewProps) {
  const { t, lang } = useI18n();
  const { reference } = useData();
  const iso3 = focusCountry(state);
  const countries = reference?.countries;
  return (
    <section aria-labelledby="country-title">
      <div className="view-toolbar">
        <h2 id="country-title" tabIndex={-1}>{t('app.country.title')}: {countryName(countries, iso3, lang)}</h2>
        {countries ? <CountryPicker countries={countries} value={iso3} onChange={(c) => update({ countries: [c] })} /> : null}
      </div>
      <CountryProfilePanel state={state} update={update} />
    </section>
  );
}
