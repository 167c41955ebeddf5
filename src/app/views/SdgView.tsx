import { useI18n } from '../../i18n/I18nContext';
import { Placeholder } from '../components/Placeholder';
import type { ViewProps } from './types';

export function SdgView(_props: ViewProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="sdg-title">
      <h2 id="sdg-title">{t('app.sdg.title')}</h2>
      <Placeholder what={t('app.sdg.title')} height={480} />
    </section>
  );
}
