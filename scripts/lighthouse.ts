// `npm run lighthouse`: Lighthouse (mobile profile, simulated throttling) on the built dist/, served locally
// with gzip as a static host would. Prints one JSON line per page and fails when a page is under a floor.
// Each page runs RUNS times and its median run (by performance score) counts, as Lighthouse advises; a page whose
// performance and TBT floors do not gate yet (FLOORS_NOT_GATING) runs once, since its gating scores (layout
// shift, accessibility, best practices, SEO) do not vary from run to run. This keeps CI within its time.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { serveDist } from '../test/e2e/harness.ts';
import { FLOORS, LIGHTHOUSE_PAGES, failuresOf, type PageResult } from './lighthousePages.ts';
import { gates, gating } from '../test/bench/notGating.ts';

const run = promisify(execFile);
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const bin = join(import.meta.dirname, '../node_modules/.bin/lighthouse');

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
  runtimeError?: { code: string; message: string };
}

const ALL_CATEGORIES = 'performance,accessibility,best-practices,seo';

/** One Lighthouse run; `categories` other than all four leave the others' scores NaN. */
async function audit(url: string, categories = ALL_CATEGORIES): Promise<PageResult> {
  const profile = await mkdtemp(join(tmpdir(), 'lighthouse-'));
  try {
    const { stdout } = await run(bin, [
      url, '--output=json', '--output-path=stdout', '--quiet',
      `--only-categories=${categories}`,
      `--chrome-flags=--headless --no-sandbox --disable-gpu --user-data-dir=${profile}`,
    ], { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 256 * 1024 * 1024 });
    const report = JSON.parse(stdout) as Report;
    if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
    const score = (id: string) => (report.categories[id] ? Math.round((report.categories[id].score ?? 0) * 100) : Number.NaN);
    const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
      tbtMs: Math.round(metric('total-blocking-time')), cls: Number(metric('cumulative-layout-shift').toFixed(3)),
      fcpMs: Math.round(metric('first-contentful-paint')), lcpMs: Math.round(metric('largest-contentful-paint')),
      speedIndexMs: Math.round(metric('speed-index')),
    };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
const pages = only.length > 0 ? LIGHTHOUSE_PAGES.filter((p) => only.includes(p)) : LIGHTHOUSE_PAGES;
const server = await serveDist();
let failed = false;
try {
  for (const page of pages) {
    const runs: PageResult[] = [];
    // Performance and blocking time vary from run to run (the median of three counts); layout shift does not.
    const timed = ['performance', 'tbtMs'].some((metric) => gates(`lighthouse:${page}:${metric}`));
    const times = process.env.LIGHTHOUSE_RUNS || timed ? RUNS : 1;
    // Accessibility, best practices and SEO do not vary from run to run: audited in the first run only, which keeps
    // the repeated runs shorter (CI's time).
    const url = new URL(page, server.url).href;
    const first = await audit(url);
    runs.push(first);
    for (let i = 1; i < times; i++) runs.push(await audit(url, 'performance'));
    runs.sort((a, b) => a.performance - b.performance);
    const timing = runs[Math.floor(runs.length / 2)] as PageResult;
    const median: PageResult = { ...timing, accessibility: first.accessibility, bestPractices: first.bestPractices, seo: first.seo };
    const failures = failuresOf(median);
    // A failure reads "tbtMs 340 > 200": its first word names the metric.
    failed ||= gating(failures, (f) => `lighthouse:${page}:${f.split(' ')[0]}`).length > 0;
    console.log(JSON.stringify({ page, ...median, runs: runs.map((r) => r.performance), pass: failures.length === 0, failures }));
  }
} finally {
  await server.close();
}
if (failed) {
  console.error(`lighthouse: a page is under its floor (${JSON.stringify(FLOORS)})`);
  process.exit(1);
}
