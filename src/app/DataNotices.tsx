// Tells the reader when an upload could not be kept for the next visit, or saved data could not come back.
import { useI18n } from '../i18n/I18nContext';
import { useData, type DataNotice } from './dataApi';

function NoticeText({ notice }: { notice: DataNotice }) {
  const { t } = useI18n();
  switch (notice.code) {
    case 'persist_full':
    case 'persist_failed':
      return (
        <p>
          <strong>{notice.name}</strong>{' '}
          {t(notice.code === 'persist_full' ? 'sources.notice.persistFull' : 'sources.notice.persistFailed')}
        </p>
      );
    case 'restore_discarded':
      return <p>{t('sources.notice.restoreDiscarded', { count: notice.count ?? 0 })}</p>;
    case 'restore_failed':
      return <p>{t('sources.notice.restoreFailed')}</p>;
  }
}

export function DataNotices() {
  const { t } = useI18n();
  const { notices, dismissNotice } = useData();
  if (notices.length === 0) return null;
  // role="alert": losing an upload on the next visit is worth interrupting for.
  return (
    <div className="ignored-notice-region">
      {notices.map((n) => (
        <div key={n.id} className="notice" role="alert">
          <NoticeText notice={n} />
          <button type="button" onClick={() => dismissNotice(n.id)}>{t('sources.notice.dismiss')}</button>
        </div>
      ))}
    </div>
  );
}
