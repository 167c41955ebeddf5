// Build step (after `vite build`): renders every view's first screen, in every language, to static HTML
// with the bundled data, so a reader sees the figures before any script runs; the client then hydrates.
// Also writes robots.txt (and sitemap.xml when SITE_URL is set). Run by `npm run build`.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'vite';
import { headTags, injectPage, type PageText, type SiteMeta } from '../src/prerender/html.ts';
import type { PrerenderedPage } from '../src/prerender/pages.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const siteUrl = (process.env.SITE_URL ?? '').trim().replace(/\/*$/, '/');
const site: SiteMeta = { url: siteUrl === '/' ? null : siteUrl };

// What src/prerender/render.tsx exports (loaded through Vite, so typed here by hand).
interface RenderModule {
  loadBundledInNode(dataDir: string): Promise<unknown>;
  renderPage(page: PrerenderedPage, preloaded: unknown): Promise<PageText>;
  PRERENDERED_PAGES: readonly PrerenderedPage[];
}

const started = Date.now();
// Vite's dist/index.html is the template; a copy is kept so the step can run again on the same build.
const EMPTY_ROOT = '<div id="root"></div>';
const saved = join(root, 'node_modules/.tmp/prerender-template.html');
let template = await readFile(join(dist, 'index.html'), 'utf8');
if (template.includes(EMPTY_ROOT)) await mkdir(dirname(saved), { recursive: true }).then(() => writeFile(saved, template));
else template = await readFile(saved, 'utf8').catch(() => '');
if (!template.includes(EMPTY_ROOT)) throw new Error('prerender: dist/index.html has no empty <div id="root"></div>; run `vite build` first');

const vite = await createServer({
  root,
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'warn',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
try {
  const mod = (await vite.ssrLoadModule('/src/prerender/render.tsx')) as RenderModule;
  const preloaded = await mod.loadBundledInNode(join(root, 'data'));
  for (const page of mod.PRERENDERED_PAGES) {
    const rendered = await mod.renderPage(page, preloaded);
    if (/<script/i.test(rendered.html)) throw new Error(`prerender: ${page.file} would carry an inline script`);
    const html = injectPage(template, page, rendered, headTags(page, rendered, site, mod.PRERENDERED_PAGES));
    await writeFile(join(dist, page.file), html);
  }
  const sitemap = site.url ? `Sitemap: ${site.url}sitemap.xml\n` : '';
  await writeFile(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\n${sitemap}`);
  if (site.url) {
    const base = site.url;
    const urls = mod.PRERENDERED_PAGES.map((p) => `  <url><loc>${base}${p.search.replace(/&/g, '&amp;')}</loc></url>`);
    await writeFile(join(dist, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`);
  }
  console.log(`prerender: ${mod.PRERENDERED_PAGES.length} pages in ${((Date.now() - started) / 1000).toFixed(1)} s${site.url ? ` for ${site.url}` : ''}`);
} finally {
  await vite.close();
}
