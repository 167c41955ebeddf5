// Entry of embed.html: one chart, no shell. Reads its options once from the query string (src/state/url.ts).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './app/embed/EmbedApp';
import { embedLang } from './app/embed/embedLang';
import { dirOf } from './app/lang';
import { setThemeChoice } from './app/useTheme';
import { warmUpIntl } from './i18n/intl';
import { loadCatalogue } from './i18n/translate';
import { parseEmbedUrl } from './state/url';
import './app/global.css';
import './app/embed/embed.css';

const parsed = parseEmbedUrl(window.location.search);
// ?lang= when the snippet fixed one, else the reader's browser language (never the dashboard's remembered choice).
const lang = embedLang(window.location.search, navigator.languages);
document.documentElement.lang = lang;
document.documentElement.dir = dirOf(lang);
// Chromium loads each Intl kind's data on the page's first format of it (numbers, dates, lists): here, while the placeholder has yet to paint,
// rather than as part of the long task that draws the chart.
warmUpIntl(lang);
setThemeChoice(parsed.embed.theme === 'auto' ? 'system' : parsed.embed.theme, false);
await loadCatalogue(lang).catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <EmbedApp embed={parsed.embed} state={{ ...parsed.state, lang }} ignored={parsed.ignored} />
  </StrictMode>,
);
