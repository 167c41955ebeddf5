// axe-core on every view, in every language, in light and dark: any violation fails, listed by rule and node.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, serveDist } from './harness.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const VIEWS = ['overview', 'map', 'charts', 'sdg', 'country', 'table', 'sources'] as const;
const LANGS = ['en', 'ar', 'ru', 'kk'] as const;
const THEMES = ['light', 'dark'] as const;

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

interface AxeNode { target: unknown[]; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; nodes: AxeNode[] }

/** Opens a view and waits until its data, lazy code and map are drawn (no skeleton left). */
export async function openView(page: Page, base: string, view: string, lang: string): Promise<void> {
  await page.goto(`${base}?view=${view}&lang=${lang}`);
  await page.locator('main h2').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelectorAll('.skeleton').length === 0, undefined, { timeout: 15_000 });
}

async function violations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

function describeViolations(where: string, list: readonly AxeViolation[]): string {
  return list.map((v) => {
    const nodes = v.nodes.slice(0, 6).map((n) => `    ${JSON.stringify(n.target)}  ${(n.failureSummary ?? '').split('\n').slice(1, 2).join(' ').trim()}`);
    const more = v.nodes.length > 6 ? [`    ... and ${v.nodes.length - 6} more`] : [];
    return [`${where}: ${v.id} (${v.impact}) ${v.help}`, ...nodes, ...more].join('\n');
  }).join('\n');
}

for (const lang of LANGS) {
  for (const theme of THEMES) {
    test(`no axe violation on any view, ${lang}, ${theme}`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const report: string[] = [];
      for (const view of VIEWS) {
        await openView(page, server.url, view, lang);
        assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
        const found = await violations(page);
        if (found.length > 0) report.push(describeViolations(`${view} ${lang} ${theme}`, found));
      }
      await context.close();
      assert.deepEqual(errors, []);
      if (report.length > 0) assert.fail(`axe violations:\n${report.join('\n')}`);
    });
  }
}
