import { useI18n } from '../../i18n/I18nContext';
import { Placeholder } from '../components/Placeholder';
import type { ViewProps } from './types';

export function MapView(_props: ViewProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="map-title">
      <h2 id="map-title">{t('app.map.title')}</h2>
      <Placeholder what={t('app.map.title')} height={480} />
    </section>
  );
}
