import { useI18n } from '../../i18n/I18nContext';
import { Placeholder } from '../components/Placeholder';
import type { ViewProps } from './types';

export function CountryView(_props: ViewProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="country-title">
      <h2 id="country-title">{t('app.country.title')}</h2>
      <Placeholder what={t('app.country.title')} height={480} />
    </section>
  );
}
