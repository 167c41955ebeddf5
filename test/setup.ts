// Tests render any language synchronously: load every catalogue up front (the app loads them on demand).
import { loadCatalogue } from '../src/i18n/translate';

await Promise.all((['ar', 'ru', 'kk'] as const).map((lang) => loadCatalogue(lang)));
