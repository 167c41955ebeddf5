import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { dirOf, langSourcesOfPage, resolveLang } from './app/lang';
import { loadCatalogue } from './i18n/translate';
import './app/global.css';

// The page's language and direction are set, and the reader's catalogue has arrived, before the
// first render, so an Arabic page never flashes English or left-to-right.
const lang = resolveLang(langSourcesOfPage());
document.documentElement.lang = lang;
document.documentElement.dir = dirOf(lang);
await loadCatalogue(lang).catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
