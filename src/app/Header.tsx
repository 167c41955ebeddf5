// Title and language choice.
import { useId } from 'react';
import { LANGS, type Lang } from '../data/types';
import { useI18n } from '../i18n/I18nContext';

export function Header({ lang, onLang }: { lang: Lang; onLang: (lang: Lang) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <div className="app-header__titles">
        <h1>{t('app.title')}</h1>
        <p className="app-header__subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="app-header__lang">
        <label htmlFor={id}>{t('app.lang.label')}</label>
        <select id={id} value={lang} onChange={(e) => onLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>{t(`app.lang.${l}`)}</option>
          ))}
        </select>
      </div>
    </header>
  );
}
