// Build-time rendering of one page (view x language) to HTML with React's static renderer. Loaded by
// scripts/prerender.ts through Vite, so the app's CSS and asset imports resolve as in the browser build.
import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { App } from '../app/App';
import type { Preloaded } from '../app/dataApi';
import { loadCatalogue, makeTranslate } from '../i18n/translate';
import type { PrerenderedPage } from './pages';
import { installServerWindow } from './serverWindow';

export { loadBundledInNode } from './nodeData';
export { PRERENDERED_PAGES } from './pages';

export interface RenderedPage {
  /** The inner HTML of #root. */
  readonly html: string;
  /** Document title and meta description, in the page's language. */
  readonly title: string;
  readonly description: string;
  /** Site name, for og:site_name and the manifest. */
  readonly siteName: string;
}

const never = (): Promise<never> => Promise.reject(new Error('the prerendered page loads no data'));

export async function renderPage(page: PrerenderedPage, preloaded: Preloaded): Promise<RenderedPage> {
  await loadCatalogue(page.lang);
  installServerWindow(page.search, page.lang);
  // A component that throws would otherwise leave an empty boundary for the browser to fill: fail the build.
  const errors: unknown[] = [];
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <App preloaded={preloaded} storage={null} loader={{ init: never, loadBundled: never }} />
    </StrictMode>,
    // One piece: a large Suspense boundary would otherwise be sent apart and completed by an inline script.
    { progressiveChunkSize: Number.POSITIVE_INFINITY, onError: (error) => { errors.push(error); } },
  );
  if (errors.length > 0) throw new Error(`prerender: ${page.file} failed to render: ${String(errors[0])}`, { cause: errors[0] });
  let html = '';
  for await (const chunk of prelude) html += typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8');
  const t = makeTranslate(page.lang);
  const siteName = t('app.title');
  const title = page.view === 'overview' ? siteName : `${t(`app.${page.view}.title`)} · ${siteName}`;
  return { html, title, description: t(`seo.description.${page.view}`), siteName };
}
