// Tells the reader which parts of the link were not understood, instead of failing silently.
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/en';
import type { IgnoredParam, IgnoredReason } from '../state/url';

const REASON_KEYS: Readonly<Record<IgnoredReason, MessageKey>> = {
  one_of: 'app.ignored.one_of',
  year: 'app.ignored.year',
  country: 'app.ignored.country',
  event: 'app.ignored.event',
  text: 'app.ignored.text',
  duplicate: 'app.ignored.duplicate',
  unknown_param: 'app.ignored.unknown_param',
  unknown_country: 'app.ignored.unknown_country',
  unknown_event: 'app.ignored.unknown_event',
  https_url: 'upload.ignored.https_url',
  slide: 'present.ignored.slide',
};

export interface IgnoredNoticeProps {
  readonly ignored: readonly IgnoredParam[];
  readonly onDismiss: () => void;
}

export function IgnoredNotice({ ignored, onDismiss }: IgnoredNoticeProps) {
  const { t } = useI18n();
  return (
    <div role="status" className="ignored-notice-region">
      {ignored.length === 0 ? null : (
        <div className="notice">
          <p><strong>{t('app.ignored.title')}</strong></p>
          <ul>
            {ignored.map((item, i) => (
              <li key={`${item.param}-${i}`}>
                {t('app.ignored.item', {
                  param: item.param,
                  value: item.value,
                  reason: t(REASON_KEYS[item.reason], { options: (item.options ?? []).join(', ') }),
                })}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss}>{t('app.ignored.dismiss')}</button>
        </div>
      )}
    </div>
  );
}
