// Starts the dashboard on its page (loaded by src/main.tsx once the page has painted): hydrates the prerendered
// HTML with the bundled data, or renders afresh where the page was not prerendered for this address.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './App';
import { dirOf, langSourcesOfPage, resolveLang } from './lang';
import { adoptStoredDeck } from './present/deckStorage';
import { loadCatalogue } from '../i18n/translate';
import { prerenderedStateMatches } from '../prerender/hydration';

// The page's language and direction are set, and the reader's catalogue has arrived, before the
// first render, so an Arabic page never flashes English or left-to-right.
const sources = langSourcesOfPage();
const lang = resolveLang(sources);
document.documentElement.lang = lang;
document.documentElement.dir = dirOf(lang);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const prerendered = root.dataset.prerendered;

if (prerendered === undefined) {
  // The development server's page is empty: render at once, with loading placeholders.
  await loadCatalogue(lang).catch(() => undefined);
  createRoot(root).render(<StrictMode><App /></StrictMode>);
} else {
  // The build's page already shows this view (scripts/prerender.ts). The first client render must match
  // it exactly, so it waits for the bundled data; the HTML stays readable meanwhile.
  // The app's one loader worker (DataProvider's default), so uploads are later merged where the data already is.
  const { sharedLoader } = await import('../data/loaderClient');
  const loader = sharedLoader();
  const catalogue = loadCatalogue(lang).catch(() => undefined);
  try {
    const [reference, results] = await Promise.all([loader.init(), loader.loadBundled(), catalogue]);
    const app = <StrictMode><App preloaded={{ reference, results }} /></StrictMode>;
    // A deck kept in this browser goes into the address (as App does), so a page whose "Presentation (n slides)"
    // would differ from the HTML's default deck is rendered afresh, not hydrated into a mismatch.
    adoptStoredDeck();
    // Another view, language or selection than the page was rendered for: render afresh over it.
    // As a transition, hydration yields to the browser every few milliseconds instead of one long task.
    if (prerenderedStateMatches(prerendered, window.location.search, sources, lang)) startTransition(() => { hydrateRoot(root, app); });
    else startTransition(() => createRoot(root).render(app));
  } catch {
    // The data did not load: the app's own loading path retries and shows the error if it fails again.
    await catalogue;
    createRoot(root).render(<StrictMode><App /></StrictMode>);
  }
}
