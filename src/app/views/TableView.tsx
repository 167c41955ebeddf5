// Slot for the data table (H8 builds it in src/table).
import { useI18n } from '../../i18n/I18nContext';
import { Placeholder } from '../components/Placeholder';
import type { ViewProps } from './types';

export function TableView(_props: ViewProps) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="table-title">
      <h2 id="table-title">{t('app.table.title')}</h2>
      <Placeholder what={t('app.table.title')} height={480} />
    </section>
  );
}
