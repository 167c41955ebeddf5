import { useI18n } from '../../i18n/I18nContext';
import { Placeholder } from '../components/Placeholder';
import type { ViewProps } from './types';

export function ChartsView(_props: ViewProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="charts-title">
      <h2 id="charts-title">{t('app.charts.title')}</h2>
      <Placeholder what={t('app.charts.title')} height={480} />
    </section>
  );
}
