// Issue 11: the prerendered pages show the figures before (and without) JavaScript, hydrate without an error
// or a layout shift, and on a phone the first figure starts high on the screen under a compact header.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CSP, launch, openPage, screenshot, serveDist } from './harness.ts';
import type { Browser } from 'playwright-core';
import { PAGE_VIEWS } from '../../src/prerender/pages.ts';

let browser: Browser;
let server: { url: string; close: () => Promise<void> };
before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const PHONE = { width: 360, height: 780 };

test('without JavaScript, / shows the key figures with their qualifiers, dates and sources', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(server.url);
  const cards = page.locator('.key-figure');
  assert.equal(await cards.count(), 6, 'six key figure cards');
  const first = await cards.first().innerText();
  assert.match(first, /more than 450/, 'the delegates figure with its qualifier');
  assert.match(first, /As of October 3, 2024/);
  assert.match(first, /Source:/);
  assert.match(await cards.nth(2).innerText(), /about 15,000/);
  assert.equal(await page.locator('meta[name="description"]').getAttribute('content').then((c) => (c ?? '').length > 50), true);
  await screenshot(page, 'first-paint-nojs-overview');
  await context.close();
});

test('without JavaScript, ?view=map shows the title and the country list; Arabic pages are right to left', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${server.url}?view=map`);
  assert.equal(await page.getByRole('heading', { level: 2 }).first().innerText(), 'Map');
  const list = page.getByRole('listbox').or(page.locator('.country-list'));
  assert.ok((await list.first().innerText()).includes('Kazakhstan'), 'the country list names Kazakhstan');
  await page.goto(`${server.url}?view=map&lang=ar`);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.getByRole('heading', { level: 2 }).first().innerText(), 'الخريطة');
  await context.close();
});

test('without JavaScript, at 360 px no prerendered page (every view, English and Arabic) is wider than the screen', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const lang of ['en', 'ar']) {
    for (const view of PAGE_VIEWS) {
      await page.goto(`${server.url}?view=${view}&lang=${lang}`);
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (over > 0) wide.push(`${view} ${lang}: ${over}px too wide`);
      // A chart drawn before its frame is measured (at the frame's fallback width) fits the frame, scaled down.
      const spill = await page.locator('.chart-frame svg[role="img"]').evaluateAll((svgs) =>
        svgs.filter((svg) => svg.getBoundingClientRect().width > (svg.closest('.chart-frame')?.getBoundingClientRect().width ?? 0) + 0.5).length);
      if (spill > 0) wide.push(`${view} ${lang}: ${spill} charts wider than their frame`);
    }
  }
  await context.close();
  assert.deepEqual(wide, []);
});

test('under the README\'s strict Content-Security-Policy every prerendered page loads and hydrates with no violation', async () => {
  const strict = await serveDist({ headers: { 'content-security-policy': CSP } });
  try {
    const refused: string[] = [];
    for (const query of [...PAGE_VIEWS.map((view) => `?view=${view}`), '?lang=ar', '?view=charts&lang=ar', '?view=table&lang=ar']) {
      const watched = await openPage(browser, 'about:blank');
      await watched.page.addInitScript(() => {
        const w = window as unknown as { violations: string[] };
        w.violations = [];
        document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.sample || e.blockedURI}`));
      });
      await watched.page.goto(strict.url + query);
      await watched.page.waitForLoadState('networkidle');
      const violations = await watched.page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      const ready = await watched.page.evaluate(() => document.documentElement.dataset.app);
      await watched.context.close();
      for (const v of violations) refused.push(`${query}: ${v}`);
      for (const p of watched.problems) refused.push(`${query}: ${p}`);
      if (ready !== 'ready') refused.push(`${query}: the app did not start (data-app=${String(ready)})`);
    }
    assert.deepEqual(refused, []);
  } finally {
    await strict.close();
  }
});

for (const query of ['', '?view=map', '?view=charts', '?view=table', '?view=sdg', '?lang=ar']) {
  test(`${query || '/'} hydrates the prerendered page: same nodes, no console error, no layout shift`, async () => {
    const watched = await openPage(browser, 'about:blank', { width: 412, height: 823 });
    const { page } = watched;
    await page.addInitScript(() => {
      const w = window as unknown as { shift: number; moved: string[]; firstHeading: Element | null };
      w.shift = 0;
      w.moved = [];
      type Source = { node: Element | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; startTime: number; sources: Source[] }[]) {
          if (e.hadRecentInput) continue;
          w.shift += e.value;
          // What moved, so a failure says where to look. (No helper function: the init script is sent as text,
          // and the test runner's transform would wrap a named one in a helper the page lacks.)
          for (const s of e.sources) {
            const [a, b] = [s.previousRect, s.currentRect].map((r) => [r.x, r.y, r.width, r.height].map(Math.round).join(','));
            w.moved.push(`${Math.round(e.startTime)} ms ${s.node?.nodeName ?? '?'}.${String(s.node?.getAttribute?.('class') ?? '')}: ${a} -> ${b}`);
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => { w.firstHeading = document.querySelector('main h2'); });
    });
    await page.goto(server.url + query);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const result = await page.evaluate(() => {
      const w = window as unknown as { shift: number; moved: string[]; firstHeading: Element | null };
      return { shift: w.shift, moved: w.moved, kept: w.firstHeading !== null && w.firstHeading.isConnected };
    });
    await watched.context.close();
    assert.deepEqual(watched.problems, [], 'no console error or failed request');
    assert.equal(result.kept, true, 'the prerendered heading is still the one on the page (hydrated, not replaced)');
    assert.equal(result.shift, 0, `no layout shift after load; moved: ${result.moved.join('; ')}`);
  });
}

for (const lang of ['en', 'ar']) {
  test(`at 360x780 (${lang}) the first key figure starts in the top 40% of the screen`, async () => {
    const watched = await openPage(browser, `${server.url}?lang=${lang}`, PHONE);
    const top = await watched.page.locator('.key-figure').first().evaluate((el) => el.getBoundingClientRect().top);
    await screenshot(watched.page, `first-paint-phone-${lang}`);
    await watched.context.close();
    assert.ok(top <= PHONE.height * 0.4, `first figure at ${top}px, more than 40% of ${PHONE.height}px`);
    assert.deepEqual(watched.problems, []);
  });
}

for (const lang of ['en', 'ar']) {
  test(`at 360x780 (${lang}) the header's settings open, work and close by keyboard`, async () => {
    const watched = await openPage(browser, `${server.url}?lang=${lang}`, PHONE);
    const { page } = watched;
    // The prerendered button works once the page has hydrated (its script and data have arrived).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const menu = page.locator('header button[aria-controls]');
    const settings = page.locator('.app-header__settings');
    assert.equal(await settings.isVisible(), false, 'settings folded away on a phone');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.focus();
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    assert.equal(await settings.isVisible(), true);
    // Tab reaches the controls in order: upload, then language.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('upload-button')), true);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'SELECT');
    await page.keyboard.press('Escape');
    assert.equal(await settings.isVisible(), false, 'Escape closes the settings');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-controls') !== null), true, 'focus back on the button');
    // The language switch inside works by keyboard.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press(lang === 'en' ? 'ArrowDown' : 'ArrowUp');
    await page.waitForFunction((l) => document.documentElement.lang !== l, lang);
    await watched.context.close();
    assert.deepEqual(watched.problems, []);
  });
}

test('the build writes robots.txt, the manifest and per-language descriptions', async () => {
  const dist = resolve(import.meta.dirname, '../../dist');
  assert.match(await readFile(join(dist, 'robots.txt'), 'utf8'), /^User-agent: \*\nAllow: \//);
  assert.equal(JSON.parse(await readFile(join(dist, 'manifest.webmanifest'), 'utf8')).name, 'Volunteer statistics');
  const ar = await readFile(join(dist, 'index.ar.html'), 'utf8');
  assert.match(ar, /<html lang="ar" dir="rtl">/);
  assert.match(ar, /<meta name="description" content="[^"]*العمل التطوعي/);
  assert.match(ar, /<meta property="og:title"/);
  assert.match(ar, /<meta name="twitter:card"/);
  assert.doesNotMatch(ar, /<script>/, 'no inline script');
});
