// axe-core on every view, in every language, in light and dark: any violation fails, listed by rule and node.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { launch, serveDist } from './harness.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const VIEWS = ['overview', 'map', 'charts', 'sdg', 'country', 'table', 'sources'] as const;
// Every language in both themes: here once on the default dataset, and in the other theme on another dataset
// below (the themes' contrast does not depend on the language; the languages' text and direction do not depend
// on the theme), so each view is checked in all eight pairs without loading each pair twice.
const PASSES = [['en', 'light'], ['ar', 'dark'], ['ru', 'dark'], ['kk', 'light']] as const;

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
export async function openView(page: Page, base: string, view: string, lang: string, dataset = 'delegates'): Promise<void> {
  await page.goto(`${base}?view=${view}&lang=${lang}${dataset === 'delegates' ? '' : `&dataset=${dataset}`}`);
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

for (const [lang, theme] of PASSES) {
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

// The other datasets fill the views differently (SDG bars, stacked bars, organisations): one mixed pass each.
for (const [dataset, lang, theme] of [['placements', 'en', 'dark'], ['placements', 'ar', 'light'], ['organizations', 'kk', 'dark'], ['organizations', 'ru', 'light']] as const) {
  test(`no axe violation on any view of ${dataset}, ${lang}, ${theme}`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', colorScheme: theme });
    const page = await context.newPage();
    const report: string[] = [];
    for (const view of VIEWS) {
      await openView(page, server.url, view, lang, dataset);
      const found = await violations(page);
      if (found.length > 0) report.push(describeViolations(`${view} ${dataset} ${lang} ${theme}`, found));
    }
    await context.close();
    if (report.length > 0) assert.fail(`axe violations:\n${report.join('\n')}`);
  });
}

/** Elements that stick out of the viewport sideways, outside any box that scrolls or clips on purpose. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // No named inner functions: tsx would wrap them in a helper the page does not have.
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden') continue;
      if (r.right <= width + 1 && r.left >= -1) continue;
      if (el.closest('details:not([open]) > :not(summary)')) continue; // closed menus are not shown
      let clipped = false;
      for (let p = el.parentElement; p && p !== document.body && !clipped; p = p.parentElement) {
        clipped = ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX);
      }
      if (!clipped && !el.matches('.skip-link, .visually-hidden, .dt-visually-hidden')) {
        out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} [${Math.round(r.left)}, ${Math.round(r.right)}] of ${width}`);
      }
    }
    return out.slice(0, 8);
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`zoomed to 200% (640 px at device scale 2): no view scrolls or spills sideways, ${lang}`, async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const report: string[] = [];
    for (const view of VIEWS) {
      await openView(page, server.url, view, lang);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (scroll > 0) report.push(`${view}: page scrolls ${scroll}px sideways`);
      for (const o of await overflowing(page)) report.push(`${view}: ${o}`);
    }
    await context.close();
    if (report.length > 0) assert.fail(`sideways overflow at 200%:\n${report.join('\n')}`);
  });
}

test('the theme switch overrides the system preference, is remembered, and recolours page and map', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await openView(page, server.url, 'map', 'en');
  const colours = () => page.evaluate(() => ({
    page: getComputedStyle(document.documentElement).backgroundColor,
    noData: getComputedStyle(document.querySelector('svg.world-map pattern rect') as Element).fill,
  }));
  const light = await colours();
  await page.getByLabel('Theme', { exact: true }).selectOption('dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const dark = await colours();
  assert.notEqual(dark.page, light.page);
  assert.notEqual(dark.noData, light.noData, 'the map follows the theme');
  await openView(page, server.url, 'map', 'en');
  assert.deepEqual(await colours(), dark, 'remembered after a reload');
  await page.getByLabel('Theme', { exact: true }).selectOption('system');
  assert.deepEqual(await colours(), light, 'back to the system (light) scheme');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await colours(), dark, 'following the system when it turns dark');
  await context.close();
});

test('prefers-reduced-motion turns animations and transitions off', async () => {
  const durations = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await openView(page, server.url, 'overview', 'en');
    // A loading placeholder pulses; measure one placed on the page.
    const result = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'skeleton';
      document.body.append(probe);
      const style = getComputedStyle(probe);
      const longest = Math.max(
        ...[...document.querySelectorAll('*')].map((el) => {
          const s = getComputedStyle(el);
          return Math.max(parseFloat(s.animationDuration) || 0, parseFloat(s.transitionDuration) || 0);
        }),
      );
      return { skeleton: parseFloat(style.animationDuration), delay: parseFloat(style.animationDelay), longest };
    });
    await context.close();
    return result;
  };
  const normal = await durations('no-preference');
  assert.ok(normal.skeleton >= 1, 'the placeholder pulses normally');
  // Still while a page starts (a pulse is a new frame every 16 ms, CPU the page needs): only a long wait pulses.
  assert.ok(normal.delay >= 3, `the placeholder is still for its first seconds: ${JSON.stringify(normal)}`);
  const reduced = await durations('reduce');
  assert.ok(reduced.skeleton < 0.001 && reduced.longest < 0.001, `nothing moves: ${JSON.stringify(reduced)}`);
});
