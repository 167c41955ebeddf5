// npm run bench:browser: the 1M-row placements file uploaded through the app's own Upload button in headless
// Chromium, beside papaparse header:false in a module worker on the same bytes (the yardstick), in one session.
// Last line: bench-browser: {...json}. Exit code 1 when a floor is missed. See README "Budgets".
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { browserBenchPage, PAPA_WORKER_PATH, serveBench } from './browserServer';
import { ensurePlacementsCsv } from './placementsFile';
import { gating } from './notGating';

const ROWS = 1_000_000;
const root = resolve(import.meta.dirname, '../..');
const dist = join(root, 'dist');
const log = (text: string): void => void process.stderr.write(`${text}\n`);
const round = (n: number): number => Math.round(n);

const FLOORS = [
  { name: 'ratioTableVsPapa', ok: (r: Result) => r.ratioTableVsPapa <= 1.0, text: (r: Result) => `file to table took ${r.ratioTableVsPapa}x papaparse header:false in a worker (floor 1.0x)` },
  { name: 'longestTaskMs', ok: (r: Result) => r.longestTaskMs <= 100, text: (r: Result) => `the longest main-thread task was ${r.longestTaskMs} ms (floor 100 ms)` },
  { name: 'rendererPeakMB', ok: (r: Result) => r.rendererPeakMB <= 450, text: (r: Result) => `the renderer peaked at ${r.rendererPeakMB} MB (floor 450 MB)` },
];

interface Result {
  rows: number; fileToReviewMs: number; fileToTableMs: number; fileToChartsMs: number; papaWorkerMs: number;
  ratioTableVsPapa: number; longestTaskMs: number; rendererPeakMB: number; groupByCountryMs: number;
}

// Installed before the app's scripts: long tasks, and marks taken the first time the DOM shows a state.
// A string, not a function: tsx would add helpers to a function's source that the page does not have.
const INIT = `(() => {
  const bb = (window.__bb = { longtasks: [], marks: {} });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bb.longtasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  bb.watch = (name, pred) => {
    const test = new Function('return (' + pred + ')');
    const check = () => {
      if (bb.marks[name] !== undefined || !test()) return;
      bb.marks[name] = performance.now();
      obs.disconnect();
    };
    const obs = new MutationObserver(check);
    obs.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    check();
  };
})();`;

const TOTAL = `(() => { const m = /([\\d,]+) of ([\\d,]+) rows/.exec(document.querySelector('.dt-count')?.textContent ?? ''); return m ? +m[2].replaceAll(',', '') : -1; })()`;
const PREDS = {
  review: `!!document.querySelector('[role=dialog] .upload-detected') && [...document.querySelectorAll('[role=dialog] button')].some((b) => /^(Add to the view|Load \\d)/.test(b.textContent.trim()) && !b.disabled)`,
  table: `${TOTAL} >= ${ROWS} && !document.querySelector('[role=dialog]')`,
  charts: `(() => { const c = document.querySelectorAll('main .chart-panel__chart'); return c.length > 0 && [...c].every((x) => x.querySelector('svg')); })()`,
  grouped: `document.querySelectorAll('main tr.dt-group-row').length > 0`,
};

async function waitMark(page: Page, name: string): Promise<number> {
  const handle = await page.waitForFunction((n) => (window as unknown as { __bb: { marks: Record<string, number> } }).__bb.marks[n], name, { timeout: 300_000, polling: 50 });
  return (await handle.jsonValue()) as number;
}

async function rendererPeakMB(browser: Browser): Promise<number> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number; type: string }[] };
  let peak = 0;
  for (const p of processInfo.filter((x) => x.type === 'renderer')) {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p.id}/status`, 'utf8'));
    if (m) peak = Math.max(peak, Number(m[1]) / 1024);
  }
  await cdp.detach();
  return round(peak);
}

/** Renderer process ids (each holds its page's workers too). */
async function rendererPids(browser: Browser): Promise<number[]> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { id: number; type: string }[] };
  await cdp.detach();
  return processInfo.filter((x) => x.type === 'renderer').map((x) => x.id);
}

/**
 * BENCH_RSS=1: the upload's renderer resident memory every 20 ms, to see when the peak happens (which phase) and
 * what is alive then. Read from /proc in this process, so the page's own timing is not disturbed.
 */
function rssSampler(pids: readonly number[], t0: number): { stop: () => [number, number][] } {
  const samples: [number, number][] = [];
  const timer = setInterval(() => {
    let mb = 0;
    for (const pid of pids) {
      try {
        const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (m) mb = Math.max(mb, Number(m[1]) / 1024);
      } catch { /* the process ended */ }
    }
    samples.push([performance.now() - t0, mb]);
  }, 20);
  return { stop: () => { clearInterval(timer); return samples; } };
}

async function uploadRun(browser: Browser, base: string, csvPath: string) {
  const before = new Set(await rendererPids(browser));
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript({ content: INIT });
  await page.goto(`${base}?view=table&dataset=placements`, { waitUntil: 'networkidle' });
  await page.locator('table.dt-table').waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500); // let the first view settle: its own tasks are not the upload's
  // The page's renderer is the one the navigation started (a new page's first one may be swapped).
  const nodeStart = performance.now();
  const pids = (await rendererPids(browser)).filter((p) => !before.has(p));
  const sampler = process.env.BENCH_RSS === '1' ? rssSampler(pids, nodeStart) : null;
  const t0 = await page.evaluate((p) => {
    const bb = (window as unknown as { __bb: { watch: (n: string, p: string) => void } }).__bb;
    bb.watch('review', p.review);
    bb.watch('table', p.table);
    return performance.now();
  }, PREDS);
  const nodeT0 = performance.now() - nodeStart; // the page's t0 on the sampler's clock (within a few ms)
  await page.locator('input[type=file][data-upload-input]').setInputFiles(csvPath);
  const review = await waitMark(page, 'review');
  // Only when sampling: one more round trip before the click would add to file-to-table.
  const add = sampler ? await page.evaluate(() => performance.now()) : review;
  await page.getByRole('dialog').getByRole('button', { name: /^(Add to the view|Load \d)/ }).click();
  const table = await waitMark(page, 'table');
  await page.evaluate((p) => (window as unknown as { __bb: { watch: (n: string, p: string) => void } }).__bb.watch('charts', p), PREDS.charts);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Charts', exact: true }).click();
  const charts = await waitMark(page, 'charts');
  const longtasks = await page.evaluate(() => (window as unknown as { __bb: { longtasks: [number, number][] } }).__bb.longtasks);
  const during = longtasks.filter(([start]) => start >= t0 && start <= charts);
  const peak = await rendererPeakMB(browser);
  if (sampler) {
    const samples = sampler.stop();
    const marks: [string, number][] = [['file', 0], ['review', review - t0], ['add', add - t0], ['table', table - t0], ['charts', charts - t0]];
    const phase = (t: number): string => marks.filter(([, at]) => at <= t).pop()?.[0] ?? 'before';
    const rel = samples.map(([t, mb]) => [t - nodeT0, mb] as const);
    const top = rel.reduce((a, b) => (b[1] > a[1] ? b : a), [0, 0] as readonly [number, number]);
    log(`rss: peak ${round(top[1])} MB at ${round(top[0])} ms (${phase(top[0])}); marks ${marks.map(([n, at]) => `${n}@${round(at)}`).join(' ')}`);
    let next = -Infinity;
    const lines: string[] = [];
    for (const [t, mb] of rel) if (t >= next) { lines.push(`${round(t)}:${round(mb)}`); next = t + 100; }
    log(`rss every 100 ms (ms:MB): ${lines.join(' ')}`);
    // What a full collection of the page's main thread gives back: memory that was garbage, not in use.
    const cdp = await page.context().newCDPSession(page);
    const rssNow = async (): Promise<number> => {
      await page.waitForTimeout(300);
      const now = rssSampler(pids, 0);
      await page.waitForTimeout(100);
      return round(now.stop().at(-1)?.[1] ?? 0);
    };
    await cdp.send('HeapProfiler.collectGarbage');
    log(`rss after a forced main-thread GC: ${await rssNow()} MB`);
    // The page's workers too (the loader keeps its uploads there): through the page's session, one message each.
    const workers: string[] = [];
    cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
      if (e.targetInfo.type === 'worker') workers.push(e.sessionId);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    await page.waitForTimeout(200);
    let n = 0;
    for (const sessionId of workers) {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++n, method: 'HeapProfiler.collectGarbage' }) });
    }
    log(`rss after a forced GC in ${workers.length} workers too: ${await rssNow()} MB`);
    await cdp.detach();
  }

  // Group by country: back to the table in-app, then group=country as the URL would say.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Table', exact: true }).click();
  await page.locator('main table.dt-table').waitFor();
  await page.waitForTimeout(300);
  const g0 = await page.evaluate((p) => {
    (window as unknown as { __bb: { watch: (n: string, p: string) => void } }).__bb.watch('grouped', p);
    const t = performance.now();
    history.replaceState(null, '', '?view=table&dataset=placements&group=country');
    dispatchEvent(new PopStateEvent('popstate'));
    return t;
  }, PREDS.grouped);
  const grouped = await waitMark(page, 'grouped');
  const groupTasks = (await page.evaluate(() => (window as unknown as { __bb: { longtasks: [number, number][] } }).__bb.longtasks))
    .filter(([start]) => start >= g0 && start <= grouped);
  await context.close();
  return {
    fileToReviewMs: round(review - t0), fileToTableMs: round(table - t0), fileToChartsMs: round(charts - t0),
    longestTaskMs: round(Math.max(0, ...during.map(([, d]) => d))), rendererPeakMB: peak,
    groupByCountryMs: round(grouped - g0), groupLongestTaskMs: round(Math.max(0, ...groupTasks.map(([, d]) => d))),
    topTasks: during.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([s, d]) => `${round(s - t0)}+${round(d)}`).join(' '),
  };
}

async function papaRun(browser: Browser, base: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}${browserBenchPage}`);
  const ms = await page.evaluate(async (workerPath) => {
    const buf = await (await fetch('/__bench/data.csv')).arrayBuffer(); // not timed, like the app's File already on disk
    const worker = new Worker(workerPath, { type: 'module' });
    await new Promise<void>((ok) => { worker.onmessage = () => ok(); });
    const answer = await new Promise<{ ms: number }>((ok) => {
      worker.onmessage = (e: MessageEvent<{ ms: number }>) => ok(e.data);
      worker.postMessage(buf, [buf]);
    });
    worker.terminate();
    return answer.ms;
  }, PAPA_WORKER_PATH);
  await context.close();
  return round(ms);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'index.html')) || process.env.BENCH_BUILD === '1') {
    log('bench-browser: building dist/');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const csvPath = ensurePlacementsCsv(ROWS);
  const server = await serveBench(dist, csvPath);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // The app runs first, in its own context (its own renderer), so its peak memory is its own.
    const app = await uploadRun(browser, server.url, csvPath);
    log(`app: ${JSON.stringify(app)}`);
    const papa: number[] = [];
    for (let i = 0; i < 3; i++) papa.push(await papaRun(browser, server.url));
    log(`papaparse header:false in a module worker: ${papa.join(', ')} ms`);
    const papaWorkerMs = median(papa);
    const result: Result = {
      rows: ROWS, fileToReviewMs: app.fileToReviewMs, fileToTableMs: app.fileToTableMs, fileToChartsMs: app.fileToChartsMs,
      papaWorkerMs, ratioTableVsPapa: Math.round((app.fileToTableMs / papaWorkerMs) * 100) / 100,
      longestTaskMs: app.longestTaskMs, rendererPeakMB: app.rendererPeakMB, groupByCountryMs: app.groupByCountryMs,
    };
    log(`longest tasks during the upload (start after file+duration, ms): ${app.topTasks || 'none'}; group-by longest task ${app.groupLongestTaskMs} ms`);
    const missed = FLOORS.filter((f) => !f.ok(result));
    for (const f of missed) log(`FLOOR MISSED: ${f.text(result)}`);
    console.log(`bench-browser: ${JSON.stringify(result)}`);
    process.exitCode = gating(missed, (f) => `browser:${f.name}`, log).length > 0 ? 1 : 0;
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
