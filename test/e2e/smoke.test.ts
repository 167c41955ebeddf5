import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot, serveDist } from './harness.ts';

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

test('the built app loads with no console error or failed request', async () => {
  const { page, context, problems } = await openPage(browser, server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await screenshot(page, 'smoke');
  assert.deepEqual(problems, []);
  await context.close();
});
