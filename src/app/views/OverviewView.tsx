// Headline figures: the selected event, UN Volunteers worldwide, and the focus country.
import { useI18n } from '../../i18n/I18nContext';
import { focusCountry } from '../../state/viewState';
import { useData } from '../dataApi';
import { CountryPicker } from '../components/CountryPicker';
import { KeyFiguresPanel } from '../panels/KeyFiguresPanel';
import type { ViewProps } from './types';

export function OverviewView({ state, update }: ViewProps) {
  const { t } = useI18n();
  const { status, error, reference } = useData();
  const focus = focusCountry(state);
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
      <KeyFiguresPanel state={state} update={update} />
    </section>
  );
}
