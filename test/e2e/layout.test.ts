// Narrow screens: no view may scroll the page sideways, left to right or right to left. (The page
// does not hide horizontal overflow, so anything too wide shows up here.)
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startSession, type Session } from '../fixtures/e2e/session.ts';

let session: Session;
before(async () => {
  session = await startSession();
});
after(async () => {
  await session?.close();
});

const PAGES = [
  'view=overview', 'view=map', 'view=charts&dataset=delegates', 'view=charts&dataset=placements', 'view=sdg',
  'view=country&country=KAZ', 'view=table&dataset=placements', 'view=sources',
];

test('at 375 px no view is wider than the screen and every view tab is on it, in English and in Arabic', async () => {
  const context = await session.browser.newContext({ viewport: { width: 375, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const lang of ['en', 'ar']) {
    for (const query of PAGES) {
      await page.goto(`${session.url}?${query}&lang=${lang}`);
      await page.getByRole('main').getByRole('heading', { level: 2 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const over = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (over > 0) wide.push(`${query}&lang=${lang}: ${over}px too wide`);
      // Every view tab is on screen (none scrolled away inside the tab bar).
      const hidden = await page.locator('nav.view-nav a').evaluateAll((links) =>
        links.filter((a) => { const b = a.getBoundingClientRect(); return b.left < 0 || b.right > document.documentElement.clientWidth; }).map((a) => a.textContent));
      if (hidden.length > 0) wide.push(`${query}&lang=${lang}: tabs off screen: ${hidden.join(', ')}`);
      // Nothing fits by squeezing a control to a sliver (a country list 20 px wide cannot be read).
      const squeezed = await page.locator('main select').evaluateAll((selects) =>
        selects.filter((s) => { const b = s.getBoundingClientRect(); return b.width > 0 && b.width < 80; }).map((s) => s.getAttribute('id') ?? s.tagName));
      if (squeezed.length > 0) wide.push(`${query}&lang=${lang}: lists squeezed under 80 px: ${squeezed.join(', ')}`);
    }
  }
  await context.close();
  assert.deepEqual(wide, []);
});
