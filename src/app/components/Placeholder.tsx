// Stands in for a part another module will provide, so the view still renders and says so.
import { useI18n } from '../../i18n/I18nContext';

export function Placeholder({ what, height = 240 }: { what: string; height?: number }) {
  const { t } = useI18n();
  return (
    <div className="placeholder" style={{ minBlockSize: height }} data-placeholder={what}>
      <p>{t('app.placeholder', { what })}</p>
    </div>
  );
}
