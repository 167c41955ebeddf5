// ?data=<https URL>: the linked CSV is fetched by the loader worker in a real browser, reviewed,
// added, and then shown like any upload. The "remote server" is Playwright's request routing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startSession, type Session } from '../fixtures/e2e/session.ts';
import { screenshot } from './harness.ts';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

const REMOTE = 'https://data.example.org/unv/placements-2030.csv';
const CSV = [
  'year,country,perspective,type,count,source',
  '2030,Kazakhstan,duty_station,national,"1,234",Remote test source',
  '2030,UZB,duty_station,national,321,Remote test source',
  '2030,Atlantis,duty_station,national,5,Remote test source',
].join('\n');

async function contextServing(body: string, status = 200): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  await context.route('https://data.example.org/**', (route) => {
    requests.push(route.request().url());
    return route.fulfill({ status, body, headers: { 'content-type': 'text/csv; charset=utf-8', 'access-control-allow-origin': '*' } });
  });
  return { context, page: await context.newPage(), requests };
}

/** The table's "N of M rows" text, after opening `url` if given. */
async function rowCount(page: Page, url?: string): Promise<string> {
  if (url) {
    await page.goto(url);
    // The prerendered table.html shows the default dataset until the app has drawn the one asked for.
    await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  }
  const count = page.getByRole('main').getByText(/^\d[\d,]* of \d[\d,]* rows$/);
  await count.first().waitFor({ timeout: 15_000 });
  return count.first().innerText();
}

test('a ?data= link fetches the CSV, reports its bad row, and adds its valid rows on confirmation', async () => {
  const { context, page, requests } = await contextServing(CSV);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await page.goto(`${session.url}?view=table&dataset=placements&data=${encodeURIComponent(REMOTE)}`);
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/UN Volunteer placements, 3 rows/).waitFor({ timeout: 15_000 });
    assert.deepEqual(requests, [REMOTE], 'the file is fetched once');
    // The unknown country is named with its line.
    assert.match(await dialog.innerText(), /Atlantis/);
    assert.match(await dialog.innerText(), /[Ll]ine 4/);
    await dialog.getByRole('button', { name: /^Load 2 valid rows/ }).click();
    await page.waitForFunction(() => !new URLSearchParams(window.location.search).has('data'));
    await page.goto(`${session.url}?view=table&dataset=placements&q=${encodeURIComponent('Remote test source')}`);
    const main = page.getByRole('main');
    await main.getByText('1,234', { exact: true }).first().waitFor({ timeout: 15_000 });
    const text = await main.innerText();
    assert.match(text, /Kazakhstan/);
    assert.match(text, /Uzbekistan/);
    assert.doesNotMatch(text, /Atlantis/);
  } finally {
    await screenshot(page, 'remote-data').catch(() => undefined);
    await context.close();
  }
  assert.deepEqual(errors, []);
});

test('a ?data= link whose server answers 404 says so and loads nothing', async () => {
  const { context, page } = await contextServing('not here', 404);
  const before = await rowCount(page, `${session.url}?view=table&dataset=placements`);
  try {
    await page.goto(`${session.url}?view=table&dataset=placements&data=${encodeURIComponent(REMOTE)}`);
    await page.getByText('data.example.org answered 404 Not Found instead of the file. Check the address.').waitFor({ timeout: 15_000 });
    assert.equal(await rowCount(page), before, 'the bundled rows are all still there');
  } finally {
    await context.close();
  }
});
