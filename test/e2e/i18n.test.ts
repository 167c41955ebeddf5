// The app in Arabic, Kazakh and Russian: direction, catalogue text, country names from countries.csv,
// numbers formatted by Intl for the language, mirrored layout with an unmirrored map. Screenshots in artifacts/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshot, serveDist } from './harness.ts';
import { en } from '../../src/i18n/en/index.ts';
import { ar } from '../../src/i18n/ar/index.ts';
import { ru } from '../../src/i18n/ru/index.ts';
import { kk } from '../../src/i18n/kk/index.ts';

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

before(async () => {
  server = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Goal names as data/sdgs.csv gives them (no quoted commas in the name columns).
const SDG_ROWS = readFileSync(new URL('../../data/sdgs.csv', import.meta.url), 'utf8').trim().split('\n');
const SDG_HEADER = SDG_ROWS[0]?.split(',') ?? [];
function goalName(goal: number, lang: string): string {
  const row = SDG_ROWS.find((r) => r.startsWith(`${goal},`))?.split(',') ?? [];
  const name = row[SDG_HEADER.indexOf(`name_${lang}`)];
  if (!name) throw new Error(`no name_${lang} for goal ${goal} in data/sdgs.csv`);
  return name;
}

const CASES = [
  // A dated figure, written with the language's month names (Kazakh too, where the browser has no Kazakh data).
  { lang: 'ar', catalogue: ar, dir: 'rtl', kazakhstan: 'كازاخستان', date: /(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}/ },
  { lang: 'kk', catalogue: kk, dir: 'ltr', kazakhstan: 'Қазақстан', date: /\d{4} ж\. (\d{1,2} )?(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)/ },
  { lang: 'ru', catalogue: ru, dir: 'ltr', kazakhstan: 'Казахстан', date: /(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4} г\./ },
] as const;

async function open(page: Page, search: string): Promise<void> {
  await page.goto(`${server.url}${search}`);
  await page.locator('main h2').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, undefined, { timeout: 15_000 });
}

/** The big figure of the overview card whose heading is `heading`. */
async function figureOf(page: Page, heading: string): Promise<string> {
  const card = page.locator('.key-figure').filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
  return (await card.locator('.key-figure__value').innerText()).trim();
}

async function kazakhstanBox(page: Page): Promise<{ x: number; y: number }> {
  return page.locator('svg.world-map').evaluate((svg) => {
    const kaz = svg.querySelector('[data-iso3="KAZ"]') as SVGGraphicsElement | null;
    if (!kaz) throw new Error('no KAZ on the map');
    const a = svg.getBoundingClientRect();
    const b = kaz.getBoundingClientRect();
    return { x: Math.round((b.x - a.x) / a.width * 100), y: Math.round((b.y - a.y) / a.height * 100) };
  });
}

test('Arabic, Kazakh and Russian: direction, text, country names, numbers; the map is not mirrored', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await open(page, '?lang=en');
  const worldEn = await figureOf(page, en['app.overview.unvWorld']);
  const worldCount = Number(worldEn.replace(/\D/g, ''));
  assert.ok(worldCount > 999, `a world total with a thousands separator, got "${worldEn}"`);
  await open(page, '?view=map&lang=en');
  const mapEn = await kazakhstanBox(page);

  for (const { lang, catalogue, dir, kazakhstan, date } of CASES) {
    await open(page, `?lang=${lang}`);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
    assert.equal((await page.locator('h1').innerText()).trim(), catalogue['app.title']);
    assert.equal((await page.locator('main h2').first().innerText()).trim(), catalogue['app.overview.title']);
    const overview = await page.locator('main').innerText();
    assert.ok(overview.includes(kazakhstan), `${lang}: Kazakhstan is "${kazakhstan}"`);
    assert.match(overview, date, `${lang}: dates in the language`);
    assert.doesNotMatch(overview, /\b\d{4} M\d{1,2}\b/, `${lang}: no raw "2024 M10" dates`);

    // Numbers as Intl formats them for the language (Russian and Kazakh group with a no-break space).
    const world = await figureOf(page, catalogue['app.overview.unvWorld'] as string);
    if (lang !== 'kk') {
      const expected = await page.evaluate(([l, n]) => new Intl.NumberFormat(l as string).format(n as number), [lang, worldCount] as const);
      assert.ok(world.includes(expected), `${lang}: world figure "${world}" should contain "${expected}"`);
    }
    // Kazakh groups digits with a space even where the browser has no Kazakh number data (Chromium 156).
    if (lang !== 'ar') assert.match(world, /\d[\u00a0\u202f ]\d{3}/, `${lang}: digits grouped with a space`);

    // Mirrored page: the first tab sits at the reading start (right in Arabic).
    const tabs = page.getByRole('navigation').first().getByRole('link');
    const first = await tabs.nth(0).boundingBox();
    const second = await tabs.nth(1).boundingBox();
    assert.ok(first && second);
    assert.equal(first.x > second.x, dir === 'rtl', `${lang}: tab order follows the direction`);
    await screenshot(page, `i18n-${lang}-overview`);

    await open(page, `?view=map&lang=${lang}`);
    const kaz = page.locator('svg.world-map [data-iso3="KAZ"]');
    assert.ok((await kaz.getAttribute('aria-label'))?.includes(kazakhstan), `${lang}: map label names Kazakhstan`);
    assert.deepEqual(await kazakhstanBox(page), mapEn, `${lang}: the map is drawn as in English`);
    await kaz.focus();
    const tooltip = page.locator('[role="tooltip"]');
    assert.ok((await tooltip.innerText()).includes(kazakhstan), `${lang}: tooltip names Kazakhstan`);
    await screenshot(page, `i18n-${lang}-map`);

    await open(page, `?view=country&country=KAZ&lang=${lang}`);
    assert.ok((await page.locator('main').innerText()).includes(kazakhstan));

    await open(page, `?view=sdg&lang=${lang}`);
    const sdgText = await page.locator('main').innerText();
    for (const goal of [1, 4, 17]) assert.ok(sdgText.includes(goalName(goal, lang)), `${lang}: SDG ${goal} is "${goalName(goal, lang)}"`);

    await open(page, `?view=table&lang=${lang}`);
    const tableText = await page.locator('main').innerText();
    assert.ok(/[\u0600-\u06FF]|[\u0400-\u04FF]/.test(tableText), `${lang}: table shows names in the language's script`);
  }

  // Kazakh is not Russian: letters only Kazakh has appear in the interface.
  await open(page, '?lang=kk');
  assert.match(await page.locator('header').innerText(), /[ӘәҒғҚқҢңӨөҰұҮүҺһІі]/);
  await context.close();
  assert.deepEqual(errors, []);
});

test('an Arabic page is right to left from its first rendered frame', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // Records the page's direction at the moment React first attaches anything to #root (synchronously:
  // a MutationObserver would report only after React's layout effects had run).
  await context.addInitScript(() => {
    const record = window as unknown as { firstRenderDir?: string };
    for (const method of ['appendChild', 'insertBefore'] as const) {
      const original = Node.prototype[method] as (...args: unknown[]) => Node;
      (Node.prototype as unknown as Record<string, unknown>)[method] = function (this: Node, ...args: unknown[]) {
        if (record.firstRenderDir === undefined && (this as Element).id === 'root') {
          record.firstRenderDir = `${document.documentElement.lang}/${document.documentElement.dir}`;
        }
        return original.apply(this, args);
      };
    }
  });
  const page = await context.newPage();
  // The prerendered Arabic page is right to left in its HTML, before any script runs (and hydration adds nothing).
  const served = await (await page.request.get(`${server.url}?lang=ar`)).text();
  assert.match(served, /<html lang="ar" dir="rtl"/);
  // A state the build did not render (another dataset) is drawn by the script over it: right to left from its first frame.
  await open(page, '?lang=ar&dataset=placements');
  assert.equal(await page.evaluate(() => (window as unknown as { firstRenderDir?: string }).firstRenderDir), 'ar/rtl');
  await context.close();
});
