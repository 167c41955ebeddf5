// Issue 3, the map: a click opens the country's profile, the year control changes what is drawn,
// and hovering a country tells its name, value with qualifier, date and source.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { params, seen, startSession, until, viewHeading, withPage, type Session } from '../fixtures/e2e/session.ts';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

/** The focus country the app uses when the URL names none (src/state/viewState.ts DEFAULT_FOCUS_COUNTRY). */
const DEFAULT_FOCUS = 'KAZ';

const countryPath = (page: Page, iso3: string) => page.getByRole('main').locator(`svg path[data-iso3="${iso3}"]`);

async function headingBecomes(page: Page, expected: string): Promise<void> {
  const shown = await until(() => viewHeading(page).innerText(), (h) => h === expected);
  assert.equal(shown, expected, 'view heading');
}

/** Hovers a country and returns the tooltip's text (one line per part). */
async function tooltipOf(page: Page, iso3: string): Promise<string> {
  const path = countryPath(page, iso3);
  await seen(path, `${iso3} on the map`);
  await page.mouse.move(0, 0);
  await path.hover();
  const tooltip = page.getByRole('tooltip');
  await seen(tooltip, `a tooltip over ${iso3}`);
  return tooltip.innerText();
}

test('clicking Kazakhstan on the map opens its profile', async () => {
  await withPage(session, '?view=map', 'map-click-kazakhstan', async (page) => {
    await countryPath(page, 'KAZ').click();
    await headingBecomes(page, 'Country profile: Kazakhstan');
    assert.equal(params(page).get('view'), 'country');
    // KAZ is the default focus country, which the URL leaves out like every default.
    assert.equal(params(page).get('country') ?? DEFAULT_FOCUS, 'KAZ', 'the URL names Kazakhstan');
    await seen(page.getByRole('main').getByText('more than 740', { exact: true }), 'Kazakhstan\'s organisations on its profile');
    await page.goBack();
    await headingBecomes(page, 'Map');
  });
});

test('clicking another country (Uzbekistan) opens its profile with country=UZB in the URL', async () => {
  await withPage(session, '?view=map', 'map-click-uzbekistan', async (page) => {
    await countryPath(page, 'UZB').click();
    await headingBecomes(page, 'Country profile: Uzbekistan');
    assert.equal(params(page).get('view'), 'country');
    assert.equal(params(page).get('country'), 'UZB');
  });
});

test('changing the year changes the organisations map', async () => {
  await withPage(session, '?view=map&dataset=organizations', 'map-year', async (page) => {
    const latest = await tooltipOf(page, 'KAZ');
    assert.match(latest, /more than 740/, 'latest figure for Kazakhstan');
    const fillLatest = await countryPath(page, 'KAZ').getAttribute('fill');

    const year = page.getByRole('slider', { name: 'Year' });
    await seen(year, 'the year control');
    await year.focus();
    await page.keyboard.press('Home');
    await until(async () => params(page).get('year'), (y) => y === '2019');
    assert.equal(params(page).get('year'), '2019', 'the chosen year is in the URL');

    const earliest = await tooltipOf(page, 'KAZ');
    assert.match(earliest, /more than 50\b/, 'the 2019 figure for Kazakhstan');
    assert.match(earliest, /2019/, 'the 2019 date');
    assert.notEqual(earliest, latest, 'the tooltip follows the year');
    // The colour scale spans every year, so 50 and 740 fall in different classes.
    const fill2019 = await countryPath(page, 'KAZ').getAttribute('fill');
    assert.notEqual(fill2019, fillLatest, 'Kazakhstan is coloured by the 2019 value');
  });
});

test('hovering a country shows its name, value with qualifier, date and source', async () => {
  await withPage(session, '?view=map&dataset=organizations', 'map-tooltip', async (page) => {
    const text = await tooltipOf(page, 'KAZ');
    assert.match(text, /Kazakhstan/, 'name');
    assert.match(text, /more than 740/, 'value with its qualifier');
    assert.match(text, /October 2024/, 'date');
    assert.match(text, /Source: Arabic report of 2024-10-05/, 'source');
  });
});

test('hovering a placements country shows its exact value, year and source', async () => {
  await withPage(session, '?view=map&dataset=placements&metric=national', 'map-tooltip-placements', async (page) => {
    const text = await tooltipOf(page, 'KAZ');
    assert.match(text, /Kazakhstan/, 'name');
    assert.match(text, /\b65\b/, 'value');
    assert.match(text, /2023/, 'year');
    assert.match(text, /Source: UN Resident Coordinator/, 'source');
  });
});

test('"Find a country" filters the list and opens the chosen country', async () => {
  await withPage(session, '?view=map&dataset=organizations', 'map-find-country', async (page) => {
    const find = page.getByRole('combobox', { name: 'Find a country' });
    await seen(find, 'the Find a country box');
    await find.fill('kazak');
    await seen(page.getByRole('option', { name: /Kazakhstan/ }), 'Kazakhstan among the matches');
    assert.match(await page.getByRole('option', { name: /Kazakhstan/ }).first().innerText(), /more than 740/, 'its value in the list');
    await find.press('ArrowDown');
    await find.press('Enter');
    await headingBecomes(page, 'Country profile: Kazakhstan');
  });
});

test('on a phone the world is projected once, at the width the map is shown at', async () => {
  const context = await session.browser.newContext({ viewport: { width: 412, height: 823 } });
  try {
    const page = await context.newPage();
    // Records what the page asks the geometry worker (each request costs the phone's CPU while the page starts).
    await page.addInitScript(`{
      const post = Worker.prototype.postMessage;
      window.__geometryWidths = [];
      Worker.prototype.postMessage = function (message, transfer) {
        if (message && message.request && typeof message.request.width === 'number') window.__geometryWidths.push(message.request.width);
        return post.call(this, message, transfer);
      };
    }`);
    await page.goto(`${session.url}?view=map`);
    const map = page.getByRole('main').locator('svg.world-map');
    await seen(map, 'the world map');
    const drawn = await map.evaluate((svg) => Math.round(svg.getBoundingClientRect().width));
    const asked = await page.evaluate(() => (window as unknown as { __geometryWidths: number[] }).__geometryWidths);
    assert.deepEqual(asked, [drawn], 'one request, at the width drawn (not first at the unmeasured 640 px)');
  } finally {
    await context.close();
  }
});
