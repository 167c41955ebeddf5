// The embed on another site: dist/ served under a sub-path with the strict CSP on one origin (127.0.0.1), a host
// page on a second origin (localhost) embedding three charts with the resize script. Each frame fits its chart's
// height and follows a width change, nothing breaks the CSP or logs an error, Arabic is right to left, the link
// back opens the same state in the dashboard, and axe-core finds nothing inside any frame.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { CSP, launch, screenshot } from './harness.ts';

const dist = resolve(process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../dist'));
const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SUB_PATH = '/stats/volunteers/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.map': 'application/json',
};
const CHARTS = [
  { query: 'chart=ranked&lang=en', chart: 'ranked', dir: 'ltr' },
  { query: 'chart=years&lang=ar&dataset=placements', chart: 'years', dir: 'rtl' },
  { query: 'chart=map&lang=en&region=asia', chart: 'map', dir: 'ltr' },
] as const;

function listen(server: Server): Promise<number> {
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    ok(typeof address === 'object' && address ? address.port : 0);
  }));
}

/** dist/ under SUB_PATH only, every answer with the CSP header. */
function distServer(): Server {
  return createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(SUB_PATH)) { res.writeHead(404).end(); return; }
    let file = normalize(join(dist, path.slice(SUB_PATH.length)));
    if (!file.startsWith(dist)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP }).end(await readFile(file));
    } catch {
      res.writeHead(404).end();
    }
  });
}

function hostPage(embedBase: string): string {
  const frames = CHARTS.map((c) => `<iframe src="${embedBase}embed.html?${c.query.replace(/&/g, '&amp;')}" title="${c.chart}" width="100%" height="300" frameborder="0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" data-volunteer-dashboard></iframe>
<p class="gap">Text between the charts.</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A host page</title>
<style>#box { width: 900px; margin: 0 auto; } .gap { height: 300px; }</style></head>
<body><main id="box">${frames}</main><script src="${embedBase}embed.js" async></script></body></html>`;
}

let dists: Server;
let host: Server;
let embedBase: string;
let hostUrl: string;
let browser: Browser;

before(async () => {
  dists = distServer();
  embedBase = `http://127.0.0.1:${await listen(dists)}${SUB_PATH}`;
  host = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(embedBase)));
  hostUrl = `http://localhost:${await listen(host)}/`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await new Promise((ok) => dists?.close(ok));
  await new Promise((ok) => host?.close(ok));
});

function frameOf(page: Page, chart: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`chart=${chart}`));
  assert.ok(frame, `no frame for ${chart}`);
  return frame;
}

/** Scrolls the frame into view (Chromium leaves off-screen cross-origin frames unrendered) and waits until its height fits. */
async function settledHeight(page: Page, index: number, chart: string): Promise<{ frame: number; content: number }> {
  const element = page.locator('iframe').nth(index);
  await element.scrollIntoViewIfNeeded();
  const end = Date.now() + 20_000;
  let last = { frame: -1, content: -2 };
  while (Date.now() < end) {
    const frame = frameOf(page, chart);
    const drawn = await frame.evaluate(() => document.querySelector('[data-chart-id]') !== null && document.querySelector('.skeleton') === null).catch(() => false);
    if (drawn) {
      const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
      const height = await element.evaluate((e) => e.getBoundingClientRect().height);
      if (Math.abs(height - content) <= 2 && Math.abs(last.frame - height) < 0.5) return { frame: height, content };
      last = { frame: height, content };
    }
    await element.scrollIntoViewIfNeeded();
    await page.waitForTimeout(250);
  }
  assert.fail(`${chart}: the frame's height never settled to its content's (last ${JSON.stringify(last)})`);
}

test('three embedded charts on another origin fit, follow the width, speak their language and keep the CSP', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`http ${r.status()}: ${r.url()}`); });
  try {
    await page.goto(hostUrl);
    const wide: number[] = [];
    for (const [i, c] of CHARTS.entries()) wide.push((await settledHeight(page, i, c.chart)).frame);

    for (const c of CHARTS) {
      const frame = frameOf(page, c.chart);
      assert.equal(await frame.evaluate(() => document.documentElement.dir), c.dir, `${c.chart}: dir`);
      assert.ok(new URL(frame.url()).pathname.startsWith(SUB_PATH), 'served from the sub-path');
    }

    // A narrower box: every frame follows its chart's new height.
    await page.evaluate(() => { document.getElementById('box')!.style.width = '340px'; });
    for (const [i, c] of CHARTS.entries()) {
      const narrow = await settledHeight(page, i, c.chart);
      assert.notEqual(Math.round(narrow.frame), Math.round(wide[i]!), `${c.chart}: the height did not follow the width change`);
    }

    for (const c of CHARTS) {
      const frame = frameOf(page, c.chart);
      await frame.evaluate(AXE_SOURCE);
      const violations = await frame.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      assert.deepEqual(violations, [], `${c.chart}: axe violations`);
      const seen = await frame.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
      assert.deepEqual(seen, [], `${c.chart}: CSP violations`);
    }
    await screenshot(page, 'embed-host');
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, [], 'console errors or failed requests in the host page or its frames');
});

test('"Open in the dashboard" opens the same state, in a new tab, from the sub-path', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  context.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  try {
    await page.goto(`${embedBase}embed.html?chart=years&lang=ar&dataset=placements&year=2019..2023`);
    const link = page.getByRole('link', { name: /افتح في لوحة المعلومات/ });
    await link.waitFor();
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.getAttribute('rel') ?? '', /\bnoopener\b/);
    const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await opened.waitForLoadState();
    const url = new URL(opened.url());
    assert.equal(url.pathname, SUB_PATH);
    assert.deepEqual(Object.fromEntries(url.searchParams), { view: 'charts', dataset: 'placements', year: '2019..2023', lang: 'ar' });
    await opened.locator('[data-chart-id="years"] svg').first().waitFor({ timeout: 20_000 });
    assert.equal(await opened.evaluate(() => document.documentElement.dir), 'rtl');
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, [], 'console errors in the embed or the dashboard it opened');
});
