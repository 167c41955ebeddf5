// The Download menu on chart panels, the map and key-figure cards: PNG (>= 1200 px, slide 1920x1080), a
// self-contained SVG, Copy image, the panel's data as CSV; by keyboard, inside a 360 px viewport in Arabic,
// and axe-clean with the menu open.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { artifacts } from './harness.ts';
import { startSession, withPage, type Session } from '../fixtures/e2e/session.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let session: Session;
before(async () => { session = await startSession(); });
after(async () => { await session?.close(); });

/** Waits until every skeleton is gone (data, lazy view code and map geometry are in). */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, undefined, { timeout: 15_000 });
}

function menuButton(panel: Locator): Locator {
  return panel.getByRole('button', { name: /^(Download|تنزيل)/ });
}

/** Chooses `item` in `panel`'s Download menu and returns the downloaded file's bytes and name. */
async function download(page: Page, panel: Locator, item: string | RegExp): Promise<{ bytes: Buffer; name: string }> {
  await menuButton(panel).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  const path = await file.path();
  const bytes = await readFile(path);
  await mkdir(artifacts, { recursive: true });
  await writeFile(join(artifacts, `export-${file.suggestedFilename()}`), bytes);
  return { bytes, name: file.suggestedFilename() };
}

/** Width and height from a PNG's IHDR chunk, after checking its signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const ranked = (page: Page) => page.locator('[data-chart-id="ranked"]');

test('PNG of a chart panel: a PNG at least 1200 px wide; the slide size is 1920x1080', async () => {
  await withPage(session, '?view=charts&dataset=placements', 'export-png', async (page) => {
    await settled(page);
    const png = await download(page, ranked(page), 'PNG image');
    assert.match(png.name, /\.png$/);
    const size = pngSize(png.bytes);
    assert.ok(size.width >= 1200, `PNG is ${size.width} px wide`);
    assert.deepEqual(pngSize((await download(page, ranked(page), /^Slide image/)).bytes), { width: 1920, height: 1080 });
    await page.getByRole('status').filter({ hasText: /^Downloaded / }).first().waitFor();
  });
});

test('SVG of a chart panel: parses, holds its title and source, no script, no reference to another origin', async () => {
  await withPage(session, '?view=charts&dataset=placements', 'export-svg', async (page) => {
    await settled(page);
    const title = (await ranked(page).getByRole('heading').first().textContent()) ?? '';
    const source = (await ranked(page).locator('.source-note').first().textContent()) ?? '';
    const { bytes } = await download(page, ranked(page), 'SVG image');
    const checks = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const hrefs = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /href$/i.test(a.name)).map((a) => a.value));
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.localName,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
        scripts: doc.getElementsByTagName('script').length,
        hrefs,
        urls: (text.match(/url\((?!#)[^)]*\)/g) ?? []).length,
      };
    }, bytes.toString('utf8'));
    assert.equal(checks.error, 0, 'parses as XML');
    assert.equal(checks.root, 'svg');
    assert.ok(checks.texts.includes(title), `title "${title}" in ${JSON.stringify(checks.texts.slice(0, 4))}`);
    assert.ok(checks.texts.some((t) => t.includes(source.replace(/^Source: /, '').split(',')[0] ?? '')), `source "${source}"`);
    assert.equal(checks.scripts, 0);
    assert.deepEqual(checks.hrefs.filter((h) => !h.startsWith('#')), []);
    assert.equal(checks.urls, 0);
  });
});

test('Copy image puts a PNG on the clipboard and says so', async () => {
  await withPage(session, '?view=charts&dataset=placements', 'export-copy', async (page, watched) => {
    await watched.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.url });
    await settled(page);
    await menuButton(ranked(page)).click();
    await page.getByRole('menuitem', { name: 'Copy image' }).click();
    await ranked(page).getByRole('status').filter({ hasText: 'Image copied' }).waitFor();
    const types = await page.evaluate(async () => (await navigator.clipboard.read()).flatMap((i) => [...i.types]));
    assert.ok(types.includes('image/png'), `clipboard holds ${types.join(', ')}`);
  });
});

test('Copy image where the browser refuses says what to do instead', async () => {
  await withPage(session, '?view=charts&dataset=placements', 'export-copy-refused', async (page) => {
    await settled(page);
    await page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await menuButton(ranked(page)).click();
    await page.getByRole('menuitem', { name: 'Copy image' }).click();
    await ranked(page).getByRole('status').filter({ hasText: 'did not let the page copy an image' }).waitFor();
  });
});

test('Data (CSV) downloads the panel\'s own rows', async () => {
  await withPage(session, '?view=charts&dataset=placements', 'export-csv', async (page) => {
    await settled(page);
    const { bytes, name } = await download(page, ranked(page), 'Data (CSV)');
    assert.match(name, /\.csv$/);
    const text = bytes.toString('utf8');
    assert.ok(text.startsWith('\uFEFF"Country"'), text.slice(0, 40));
    const rows = text.trim().split('\r\n');
    const shown = await ranked(page).evaluate((el) => el.querySelectorAll('.chart-panel__chart .bar').length);
    assert.ok(rows.length - 1 >= shown && shown > 0, `${rows.length - 1} rows for ${shown} bars`);
    // Each bar's country is a row of the file, as the chart labels it.
    const labels = await ranked(page).evaluate((el) => [...el.querySelectorAll('.chart-panel__chart .bar title')].map((t) => (t.textContent ?? '').split(':')[0]!));
    for (const label of labels) assert.ok(text.includes(`"${label}"`), `the CSV has a row for ${label}`);
  });
});

test('the map and a key-figure card export as complete figures, in Arabic too', async () => {
  for (const lang of ['en', 'ar'] as const) {
    await withPage(session, `?view=map&lang=${lang}`, `export-map-${lang}`, async (page) => {
      await settled(page);
      const map = page.locator('[data-chart-id="map"]');
      const { bytes } = await download(page, map, lang === 'ar' ? 'صورة PNG' : 'PNG image');
      assert.ok(pngSize(bytes).width >= 1200);
      await download(page, map, lang === 'ar' ? /^صورة شريحة/ : /^Slide image/);
      const svg = (await download(page, map, lang === 'ar' ? 'صورة SVG' : 'SVG image')).bytes.toString('utf8');
      assert.match(svg, lang === 'ar' ? /direction="rtl"/ : /direction="ltr"/);
      assert.doesNotMatch(svg, /var\(--/);
    });
    await withPage(session, `?view=overview&lang=${lang}`, `export-card-${lang}`, async (page) => {
      await settled(page);
      const card = page.locator('[data-figure-key="delegates"]');
      const { bytes } = await download(page, card, lang === 'ar' ? 'صورة PNG' : 'PNG image');
      assert.ok(pngSize(bytes).width >= 1200);
      await download(page, card, lang === 'ar' ? /^صورة شريحة/ : /^Slide image/);
    });
  }
});

test('the menu works by keyboard: arrows, Home/End, Escape back to the button', async () => {
  await withPage(session, '?view=charts&dataset=placements', 'export-keyboard', async (page) => {
    await settled(page);
    const button = menuButton(ranked(page));
    await button.focus();
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await page.getByRole('menuitem', { name: 'PNG image' }).waitFor();
    assert.equal(await focused(), 'PNG image');
    await page.keyboard.press('ArrowDown');
    assert.match(await focused(), /^Slide image/);
    await page.keyboard.press('End');
    assert.equal(await focused(), 'Data (CSV)');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(), 'PNG image');
    await page.keyboard.press('ArrowUp');
    assert.equal(await focused(), 'Data (CSV)');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('menu').count(), 0);
    assert.ok(await button.evaluate((el) => el === document.activeElement), 'focus is back on Download');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
  });
});

test('at 360 px in Arabic the open menu is inside the viewport, from the button\'s right edge', async () => {
  await withPage(session, '?view=charts&dataset=placements&lang=ar', 'export-360-ar', async (page) => {
    await settled(page);
    const button = menuButton(ranked(page));
    await button.scrollIntoViewIfNeeded();
    await button.click();
    const menu = page.getByRole('menu');
    await menu.waitFor();
    await page.waitForFunction(() => document.querySelector('[role="menu"][data-placed]') !== null);
    const box = await menu.boundingBox();
    const b = await button.boundingBox();
    assert.ok(box && b);
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `menu spans ${box.x}..${box.x + box.width}`);
    assert.equal(await menu.getAttribute('dir'), 'rtl');
    assert.ok(Math.abs(box.x + box.width - Math.min(b.x + b.width, 352)) <= 1, 'aligned to the button\'s right edge');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= 360, `page is ${pageWidth} px wide`);
  }, { width: 360, height: 740 });
});

test('no axe violation with the Download menu open, in English and Arabic', async () => {
  for (const lang of ['en', 'ar'] as const) {
    await withPage(session, `?view=charts&dataset=placements&lang=${lang}`, `export-axe-${lang}`, async (page) => {
      await settled(page);
      await menuButton(ranked(page)).click();
      await page.getByRole('menu').waitFor();
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const r = await axe.run(document, { resultTypes: ['violations'] });
        return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
      });
      assert.deepEqual(violations, []);
    });
  }
});
