// Title, language choice and colour theme choice.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { LANGS, type Lang } from '../data/types';
import { useI18n } from '../i18n/I18nContext';
import { THEME_CHOICES, useThemeChoice, type ThemeChoice } from './useTheme';
import { UploadButton } from './upload/UploadButton';
import './headerMenu.css';

export interface HeaderProps {
  readonly lang: Lang;
  readonly onLang: (lang: Lang) => void;
  /** Page-wide controls (dataset switch, view tabs), inside the banner landmark. */
  readonly children?: ReactNode;
}

export function Header({ lang, onLang, children }: HeaderProps) {
  const { t } = useI18n();
  const langId = useId();
  const themeId = useId();
  const menuId = useId();
  const [theme, setTheme] = useThemeChoice();
  // On small screens upload, language and theme fold behind one button (a disclosure); wide screens show them.
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    menuButton.current?.focus();
  };
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <div className="app-header__bar">
        <div className="app-header__titles">
          <h1>{t('app.title')}</h1>
          <p className="app-header__subtitle">{t('app.subtitle')}</p>
        </div>
        <button ref={menuButton} type="button" className="app-header__menu-button" aria-expanded={open} aria-controls={menuId}
          onClick={() => setOpen((o) => !o)}>
          <span aria-hidden="true" className="app-header__menu-icon" />
          <span className="app-header__menu-text">{t('headerMenu.button')}</span>
        </button>
        <div id={menuId} className="app-header__settings" data-open={open} role="group" aria-label={t('headerMenu.label')} onKeyDown={onMenuKey}>
          <UploadButton />
          <div className="app-header__setting">
            <label htmlFor={langId}>{t('app.lang.label')}</label>
            <select id={langId} value={lang} onChange={(e) => onLang(e.target.value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>{t(`app.lang.${l}`)}</option>
              ))}
            </select>
          </div>
          <div className="app-header__setting">
            <label htmlFor={themeId}>{t('shell.theme.label')}</label>
            <select id={themeId} value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
              {THEME_CHOICES.map((c) => (
                <option key={c} value={c}>{t(`shell.theme.${c}`)}</option>
              ))}
            </select>
          </div>
        </div>
      </div>
      {children}
    </header>
  );
}
