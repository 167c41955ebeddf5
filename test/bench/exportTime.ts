// Floor: exporting a chart as PNG (or SVG) takes under 500 ms, from choosing the menu item to the file,
// measured in Chromium on the built app for every chart panel, the map and a key-figure card (median of 5,
// after one warm-up that also loads the export code). Last line: export: {...json}; exit 1 over the floor.
import type { Locator, Page } from 'playwright-core';
import { launch, openPage, serveDist } from '../e2e/harness.ts';

const FLOOR_MS = 500;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Infinity;
};

async function timeExport(page: Page, panel: Locator, item: string): Promise<number> {
  await panel.getByRole('button', { name: 'Download' }).click();
  const menuItem = page.getByRole('menuitem', { name: item });
  await menuItem.waitFor();
  const start = performance.now();
  await Promise.all([page.waitForEvent('download'), menuItem.click()]);
  return performance.now() - start;
}

const server = await serveDist();
const browser = await launch();
const results: Record<string, number> = {};
try {
  const cases = [
    { query: '?view=charts&dataset=placements', panels: ['ranked', 'national-international', 'years', 'events'] },
    { query: '?view=sdg', panels: ['sdg-grid', 'sdg-bars'] },
    { query: '?view=map&dataset=placements', panels: ['map'] },
    { query: '?view=overview', panels: ['card:delegates'] },
  ];
  for (const c of cases) {
    const { page, context } = await openPage(browser, server.url + c.query, { width: 1280, height: 900 });
    await page.locator('main h2').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, undefined, { timeout: 20_000 });
    for (const id of c.panels) {
      const panel = id.startsWith('card:') ? page.locator(`[data-figure-key="${id.slice(5)}"]`) : page.locator(`[data-chart-id="${id}"]`).first();
      for (const item of ['PNG image', 'SVG image']) {
        await timeExport(page, panel, item);
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) times.push(await timeExport(page, panel, item));
        results[`${id} ${item.split(' ')[0]}`] = Math.round(median(times));
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

for (const [name, ms] of Object.entries(results)) console.log(`${String(ms).padStart(6)} ms  ${name}`);
const slowest = Math.max(...Object.values(results));
console.log(`export: ${JSON.stringify({ slowestMs: slowest, floorMs: FLOOR_MS, ...results })}`);
if (!(slowest < FLOOR_MS)) {
  console.error(`export: the slowest export took ${slowest} ms (floor < ${FLOOR_MS} ms).`);
  process.exit(1);
}
