// Keyboard only (no mouse): from the Map view to a country's profile, and a visible focus ring on every stop.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, serveDist } from './harness.ts';

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

async function openMap(page: Page, lang = 'en'): Promise<void> {
  await page.goto(`${server.url}?view=map&lang=${lang}`);
  await page.locator('svg.world-map [data-iso3]').first().waitFor();
  await page.waitForLoadState('networkidle');
}

interface Stop {
  readonly what: string;
  readonly iso3: string | null;
  readonly combobox: boolean;
  /** Why no ring was seen, or null when one is visible. */
  readonly noRing: string | null;
}

/** What has focus, and whether a focus indicator is drawn (outline or box-shadow; the map draws its own outline). */
function focusStop(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: 'body', iso3: null, combobox: false, noRing: 'nothing focused' };
    const what = `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`;
    const iso3 = el.getAttribute('data-iso3');
    if (iso3 !== null) {
      // Countries draw a dark-on-halo outline above the map instead of a CSS outline.
      const svg = (el as unknown as SVGElement).ownerSVGElement;
      const ring = svg?.querySelector('path[stroke*="map-focus"]');
      return { what, iso3, combobox: false, noRing: ring ? null : 'no focus outline drawn on the map' };
    }
    // Segmented controls hide the native radio and ring the label text after it.
    const shown = el.matches('.segmented__option input') ? (el.nextElementSibling as HTMLElement) : el;
    const style = getComputedStyle(shown);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    return { what, iso3: null, combobox: el.getAttribute('role') === 'combobox', noRing: outline || shadow ? null : `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}` };
  });
}

/** Presses Tab until `done` holds for the focused element; every stop on the way must show a focus ring. */
async function tabUntil(page: Page, done: (stop: Stop) => boolean, limit = 400): Promise<{ stop: Stop; missing: string[] }> {
  const missing: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    if (stop.noRing) missing.push(`${stop.what}: ${stop.noRing}`);
    if (done(stop)) return { stop, missing };
  }
  throw new Error(`not reached within ${limit} Tab presses`);
}

for (const theme of ['light', 'dark'] as const) {
  test(`Tab from the top of the Map view to Kazakhstan, Enter opens its profile; every stop shows focus (${theme})`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme });
    const page = await context.newPage();
    await openMap(page);
    const { missing } = await tabUntil(page, (s) => s.iso3 === 'KAZ');
    assert.deepEqual(missing, [], 'controls without a visible focus ring');
    assert.ok((await page.locator('[role="tooltip"]').innerText()).includes('Kazakhstan'), 'focus shows the tooltip');
    await page.keyboard.press('Enter');
    await page.waitForURL(/view=country/);
    await page.locator('main h2', { hasText: 'Country profile' }).waitFor();
    // KAZ is the default focus country, so the URL may leave it out.
    assert.ok([null, 'KAZ'].includes(new URL(page.url()).searchParams.get('country')));
    await page.locator('main', { hasText: 'Kazakhstan' }).waitFor({ timeout: 5000 });
    await context.close();
  });
}

test('the country list: type a name, Enter opens that profile (Arabic)', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await openMap(page, 'ar');
  await tabUntil(page, (s) => s.combobox);
  await page.keyboard.type('أوزب');
  await page.keyboard.press('Enter');
  await page.waitForURL(/view=country.*country=UZB/);
  await page.locator('main', { hasText: 'أوزبكستان' }).waitFor({ timeout: 5000 });
  await context.close();
});

test('the view tabs are reachable by Tab and open their view with Enter', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('main h2').first().waitFor();
  const { stop } = await tabUntil(page, (s) => s.what.startsWith('a ') && s.what.includes('"Sources"'), 60);
  assert.ok(stop);
  await page.keyboard.press('Enter');
  await page.waitForURL(/view=sources/);
  await page.getByRole('heading', { level: 2, name: 'Sources' }).waitFor();
  await context.close();
});

test('on every view, every Tab stop shows a focus ring', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const missing: string[] = [];
  for (const view of ['overview', 'map', 'charts', 'sdg', 'country', 'table', 'sources']) {
    await page.goto(`${server.url}?view=${view}&dataset=placements`);
    await page.locator('main h2').first().waitFor();
    await page.waitForLoadState('networkidle');
    const seen = new Set<string>();
    // Up to 120 stops or until focus comes back round to the first one.
    for (let i = 0; i < 120; i += 1) {
      await page.keyboard.press('Tab');
      const stop = await focusStop(page);
      const key = await page.evaluate(() => {
        const el = document.activeElement;
        return el ? `${el.tagName}#${el.id}|${el.getAttribute('data-iso3') ?? ''}|${(el.textContent ?? '').slice(0, 30)}|${[...(el.parentElement?.children ?? [])].indexOf(el)}` : '';
      });
      if (stop.what === 'body' || seen.has(key)) break;
      seen.add(key);
      if (stop.noRing) missing.push(`${view}: ${stop.what}: ${stop.noRing}`);
    }
    assert.ok(seen.size >= 10, `${view}: only ${seen.size} Tab stops reached`);
  }
  await context.close();
  assert.deepEqual(missing, []);
});
