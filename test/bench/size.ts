// Budgets, gzip, measured in Chromium on the built app: every .js response (worker scripts included) until the
// page has settled, sized as gzip would serve it. Map topology and data files are JSON, not counted.
// - the dashboard's first view: at most 160 KB;
// - each embedded chart (embed.html?chart=<id>), in English and, for the map, in every language: at most 80 KB;
// - public/embed.js, the host page's resize script: at most 2 KB.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launch, openPage, serveDist } from '../e2e/harness.ts';
import { CHART_IDS } from '../../src/state/chartIds.ts';

const APP_BUDGET_KB = 160;
const EMBED_BUDGET_KB = 80;
const RESIZE_SCRIPT_BUDGET_KB = 2;
const dist = resolve(import.meta.dirname, '../../dist');

const gzipKB = async (path: string): Promise<number> => gzipSync(await readFile(join(dist, path)), { level: 9 }).length / 1024;

/** Every script fetched until `ready` resolves and the network is idle. */
async function scriptsOf(browser: Browser, url: string, ready: string): Promise<string[]> {
  const scripts = new Set<string>();
  const { page, context } = await openPage(browser, 'about:blank');
  try {
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js') || path.endsWith('.mjs')) scripts.add(path);
    });
    await page.goto(url);
    await page.locator(ready).first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, undefined, { timeout: 20_000 });
  } finally {
    await context.close();
  }
  return [...scripts].sort();
}

async function total(paths: readonly string[], verbose: boolean): Promise<number> {
  let kb = 0;
  for (const path of paths) {
    const size = await gzipKB(path);
    kb += size;
    if (verbose) console.log(`${size.toFixed(1).padStart(8)} KB  ${path}`);
  }
  return kb;
}

const failures: string[] = [];
const server = await serveDist();
const browser = await launch();
try {
  const app = await scriptsOf(browser, server.url, 'h1');
  const appKB = await total(app, true);
  console.log(`size: {"firstViewJsGzipKB":${appKB.toFixed(1)},"budgetKB":${APP_BUDGET_KB},"files":${app.length}}`);
  if (app.length === 0) failures.push('no JavaScript was seen loading the dashboard; the measurement is broken.');
  if (appKB > APP_BUDGET_KB) failures.push(`dashboard: ${appKB.toFixed(1)} KB > ${APP_BUDGET_KB} KB of gzip JavaScript before the first view.`);

  const embeds = [...CHART_IDS.map((chart) => `chart=${chart}&lang=en`), 'chart=map&lang=ar', 'chart=map&lang=ru', 'chart=map&lang=kk'];
  for (const query of embeds) {
    const scripts = await scriptsOf(browser, `${server.url}embed.html?${query}`, '.embed [data-chart-id] svg, .embed [data-chart-id] .card, .embed .chart-panel');
    const kb = await total(scripts, query === 'chart=map&lang=ar');
    console.log(`size: {"embed":"${query}","jsGzipKB":${kb.toFixed(1)},"budgetKB":${EMBED_BUDGET_KB},"files":${scripts.length}}`);
    if (scripts.length === 0) failures.push(`embed ${query}: no JavaScript was seen loading; the measurement is broken.`);
    if (kb > EMBED_BUDGET_KB) failures.push(`embed ${query}: ${kb.toFixed(1)} KB > ${EMBED_BUDGET_KB} KB of gzip JavaScript before the chart draws.`);
  }
} finally {
  await browser.close();
  await server.close();
}

const resizeKB = await gzipKB('embed.js');
console.log(`size: {"embedJsGzipKB":${resizeKB.toFixed(2)},"budgetKB":${RESIZE_SCRIPT_BUDGET_KB}}`);
if (resizeKB > RESIZE_SCRIPT_BUDGET_KB) failures.push(`embed.js: ${resizeKB.toFixed(2)} KB > ${RESIZE_SCRIPT_BUDGET_KB} KB gzip.`);

for (const f of failures) console.error(`size: over budget: ${f}`);
if (failures.length > 0) process.exit(1);
