// Loading, error and empty states shared by every view; children render only with data.
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { useData } from '../dataApi';
import { Skeleton } from './Skeleton';

export interface DataGateProps {
  /** Height reserved while loading, equal to the view's content height. */
  readonly height: number;
  /** True when the loaded data has nothing for this view. */
  readonly empty?: boolean;
  readonly children: ReactNode;
}

export function DataGate({ height, empty = false, children }: DataGateProps) {
  const { t } = useI18n();
  const { status, error } = useData();
  if (status === 'loading') return <Skeleton height={height} label={t('loading')} />;
  if (status === 'error') {
    return (
      <div className="notice notice--error" role="alert" style={{ minBlockSize: height }}>
        <p><strong>{t('app.error.title')}</strong></p>
        <p>{error}</p>
        <p>{t('app.error.retry')}</p>
      </div>
    );
  }
  if (empty) return <p className="empty" style={{ minBlockSize: height }}>{t('app.empty')}</p>;
  return <>{children}</>;
}
