// The provenance status of a row as a badge; "illustrative" is marked so it is never mistaken for a reported figure.
import { useI18n } from '../i18n/I18nContext';
import { valueLabel } from './labels';

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  if (!status) return null;
  const illustrative = status === 'illustrative';
  return (
    <span className={`dt-badge dt-badge-${status}`} title={illustrative ? t('status.illustrative.help') : undefined}>
      {illustrative ? '⚠ ' : ''}{valueLabel(t, 'status', status)}
    </span>
  );
}
