import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../data/types';
import { numberLocale } from './numberLocale';
import { hasCatalogue, loadCatalogue, makeTranslate, type Translate } from './translate';
import { numberFormat } from './intl';

export interface I18n {
  readonly lang: Lang;
  readonly dir: 'ltr' | 'rtl';
  readonly t: Translate;
  /** Plain numbers in the language (Kazakh conventions even where the browser lacks Kazakh data). */
  readonly number: Intl.NumberFormat;
}

export function makeI18n(lang: Lang): I18n {
  return { lang, dir: lang === 'ar' ? 'rtl' : 'ltr', t: makeTranslate(lang), number: numberFormat(numberLocale(lang)) };
}

const I18nContext = createContext<I18n>(makeI18n('en'));

/** Provides `lang`; while its catalogue is still loading, the last language that was ready stays on screen. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const [ready, setReady] = useState<Lang>(() => (hasCatalogue(lang) ? lang : 'en'));
  useEffect(() => {
    let current = true;
    loadCatalogue(lang).then(
      () => { if (current) setReady(lang); },
      () => { /* offline: the previous language stays; the next switch tries again */ },
    );
    return () => { current = false; };
  }, [lang]);
  const shown = hasCatalogue(lang) ? lang : ready;
  const value = useMemo(() => makeI18n(shown), [shown]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
