// Tests render any language synchronously: load every catalogue up front (the app loads them on demand).
import { loadCatalogue } from '../src/i18n/translate';

await Promise.all((['ar', 'ru', 'kk'] as const).map((lang) => loadCatalogue(lang)));

// A view loads its code on first visit; on a busy two-core machine that can take longer than the default 1 s.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5000 });
}
