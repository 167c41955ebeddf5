// Budget: JavaScript loaded before the first view renders, gzip, at most 160 KB (map topology excluded: it is JSON).
// Measured in Chromium on the built app: every .js response until the page has settled, sized as gzip would serve it.
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch, openPage, serveDist } from '../e2e/harness.ts';

const BUDGET_KB = 160;
const dist = resolve(import.meta.dirname, '../../dist');

const server = await serveDist();
const browser = await launch();
const scripts = new Set<string>();
try {
  const { page } = await openPage(browser, 'about:blank');
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith('.js') || path.endsWith('.mjs')) scripts.add(path);
  });
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
} finally {
  await browser.close();
  await server.close();
}

let totalBytes = 0;
for (const path of [...scripts].sort()) {
  const gz = gzipSync(await readFile(join(dist, path)), { level: 9 }).length;
  totalBytes += gz;
  console.log(`${(gz / 1024).toFixed(1).padStart(8)} KB  ${path}`);
}
const totalKB = totalBytes / 1024;
console.log(`size: {"firstViewJsGzipKB":${totalKB.toFixed(1)},"budgetKB":${BUDGET_KB},"files":${scripts.size}}`);
if (scripts.size === 0) {
  console.error('size: no JavaScript was seen loading; the measurement is broken.');
  process.exit(1);
}
if (totalKB > BUDGET_KB) {
  console.error(`size: over budget: ${totalKB.toFixed(1)} KB > ${BUDGET_KB} KB of gzip JavaScript before the first view.`);
  process.exit(1);
}
