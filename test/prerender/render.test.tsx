// The prerendered page must be exactly what the browser's first render draws, or hydration fails and the
// page is drawn again. Rendering is therefore repeatable: the same page rendered twice is the same HTML
// (a shared, cached value changed by one render would break the next one, as a reversed years list once did).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Preloaded } from '../../src/app/DataContext';
import { PAGE_VIEWS, prerenderedPage } from '../../src/prerender/pages';
import { loadBundledInNode, renderPage } from '../../src/prerender/render';

/** The text around the first character where two renders differ ('' when they are the same). */
function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let i = 0;
  while (a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 80), i + 80)}… became …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

let preloaded: Preloaded;
beforeAll(async () => {
  preloaded = await loadBundledInNode(join(import.meta.dirname, '../../data'));
});

describe('prerendering', () => {
  it.each(['en', 'ar'] as const)('renders every view the same way twice in a row (%s)', async (lang) => {
    for (const view of PAGE_VIEWS) {
      const page = prerenderedPage(view, lang);
      const first = await renderPage(page, preloaded);
      const second = await renderPage(page, preloaded);
      expect(firstDifference(first.html, second.html), `${view} ${lang}`).toBe('');
    }
  }, 30_000);

  it('titles the stacked chart with the newest year that has national and international figures', async () => {
    const { html } = await renderPage(prerenderedPage('charts', 'en'), preloaded);
    expect(html).toContain('National and international UN Volunteers in 2023');
  });
});
