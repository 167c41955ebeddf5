// Shared set-up for browser tests: a static server over dist/ and Debian's Chromium driven by playwright-core.
// Every page opened through openPage() records console errors and failed requests so each test can assert none.
import { createServer, type Server } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { pageFileForSearch } from '../../src/prerender/pages.ts';

const root = resolve(import.meta.dirname, '../..');
// E2E_DIST lets a developer test a build made elsewhere (e.g. /tmp/x-dist) while ./dist is busy.
const dist = resolve(process.env.E2E_DIST ?? join(root, 'dist'));
export const artifacts = join(root, 'test/e2e/artifacts');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves dist/ on a free loopback port, gzipped when the browser accepts it, as a static host would. The
 * site's root answers each ?view=&lang= with its prerendered page (src/prerender/pages.ts), as a host
 * configured to route by query does; `prerendered: false` serves dist/index.html for every query instead.
 */
/** README's Content-Security-Policy (Deploying). */
export const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors *";

/** `headers`: added to every answer (e.g. README's Content-Security-Policy). */
export async function serveDist(options: { prerendered?: boolean; headers?: Record<string, string> } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before `npm run test:e2e`.');
  const byQuery = options.prerendered ?? true;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    let file = normalize(join(dist, path === '/' && byQuery ? pageFileForSearch(url.search) : path));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { ...options.headers, 'content-type': types[extname(file)] ?? 'application/octet-stream' };
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && /\.(html|js|css|json|csv|svg|webmanifest|txt)$/.test(file);
      if (gzip) headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers).end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

// playwright's launch() gives Chromium a fresh, empty --user-data-dir of its own each time.
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and failed or 4xx/5xx requests seen so far. */
  problems: string[];
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 900 }, locale = 'en-US'): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => {
    // a request we cancelled on purpose (navigation, abort) is not a failure of the app
    if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
  });
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`); });
  // A prerendered dashboard page shows controls before its script makes them work: after every navigation,
  // wait (briefly, without failing) for the app to say it is live.
  const live = async () => {
    const at = new URL(page.url());
    // about:blank (a page opened before its listeners are set) and embeds never say so: no wait for them.
    if (at.protocol.startsWith('http') && !at.pathname.endsWith('embed.html')) {
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', undefined, { timeout: 8000 }).catch(() => undefined);
    }
  };
  const goto = page.goto.bind(page);
  page.goto = async (target, options) => {
    const response = await goto(target, options);
    await live();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    await live();
    return response;
  };
  await page.goto(url);
  return { page, context, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
}
