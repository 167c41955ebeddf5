import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { langSourcesOfPage, resolveLang } from './app/lang';
import { loadCatalogue } from './i18n/translate';
import './app/global.css';

// The reader's catalogue arrives before the first render, so the page never flashes English.
await loadCatalogue(resolveLang(langSourcesOfPage())).catch(() => undefined);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
