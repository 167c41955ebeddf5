import { I18nProvider, useI18n } from '../i18n/I18nContext';

function Shell() {
  const { t } = useI18n();
  return (
    <main>
      <h1>{t('app.title')}</h1>
    </main>
  );
}

export function App() {
  return (
    <I18nProvider lang="en">
      <Shell />
    </I18nProvider>
  );
}
