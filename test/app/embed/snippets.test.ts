import { describe, expect, it } from 'vitest';
import { plainSnippet, resizingSnippet } from '../../../src/app/embed/snippets';
import { embedLang } from '../../../src/app/embed/embedLang';
import { chartDashboardHref } from '../../../src/app/embed/dashboardLink';
import { DEFAULT_STATE } from '../../../src/state/viewState';

const input = {
  chart: 'map' as const,
  src: 'https://example.org/stats/embed.html?chart=map&lang=ar',
  title: 'World map: "volunteering" <statistics>',
  script: 'https://example.org/stats/embed.js',
};

describe('embed snippets', () => {
  it('a plain responsive iframe: full width, lazy, a referrer policy, a title, attributes escaped', () => {
    expect(plainSnippet(input)).toBe(
      '<iframe src="https://example.org/stats/embed.html?chart=map&amp;lang=ar" title="World map: &quot;volunteering&quot; &lt;statistics&gt;" '
      + 'width="100%" height="720" frameborder="0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>');
  });

  it('the resizing snippet marks its frame for embed.js and loads the script', () => {
    const [frame, script] = resizingSnippet(input).split('\n');
    expect(frame).toMatch(/ data-volunteer-dashboard><\/iframe>$/);
    expect(script).toBe('<script src="https://example.org/stats/embed.js" async></script>');
  });
});

describe('embedLang', () => {
  it.each([
    ['?lang=kk', ['ar-EG'], 'kk'],
    ['', ['ar-EG', 'en'], 'ar'],
    ['?lang=fr', ['ru-RU'], 'ru'],
    ['', ['fr-FR'], 'en'],
  ] as const)('%s with browser %j speaks %s', (search, browser, expected) => {
    expect(embedLang(search, browser)).toBe(expected);
  });
});

describe('"Open in the dashboard"', () => {
  it("opens the chart's view in the same state, beside embed.html", () => {
    expect(chartDashboardHref('years', { ...DEFAULT_STATE, dataset: 'placements', metric: 'total', lang: 'ar' }, 'https://example.org/stats/embed.html?chart=years'))
      .toBe('https://example.org/stats/?view=charts&dataset=placements&lang=ar');
  });
});
