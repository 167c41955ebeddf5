import { describe, expect, it } from 'vitest';
import { headTags, injectPage } from '../../src/prerender/html';
import { pageFileForSearch, prerenderedPage, PRERENDERED_PAGES } from '../../src/prerender/pages';
import { prerenderedStateMatches } from '../../src/prerender/hydration';

const text = { html: '<p>x</p>', title: 'Map · Volunteer statistics', description: 'A "map" & <list>', siteName: 'Volunteer statistics' };
const noLang = { url: null, stored: null, browser: [] };

describe('prerendered pages', () => {
  it('has one file per view and language, the English overview as index.html', () => {
    expect(PRERENDERED_PAGES).toHaveLength(28);
    expect(new Set(PRERENDERED_PAGES.map((p) => p.file)).size).toBe(28);
    expect(prerenderedPage('overview', 'en')).toMatchObject({ file: 'index.html', search: '' });
    expect(prerenderedPage('map', 'ar')).toMatchObject({ file: 'map.ar.html', search: '?view=map&lang=ar' });
  });

  it('routes an address to its view and language, anything unknown to the English overview', () => {
    expect(pageFileForSearch('?view=map&lang=ar&year=2023')).toBe('map.ar.html');
    expect(pageFileForSearch('?lang=ru')).toBe('index.ru.html');
    expect(pageFileForSearch('?view=nope&lang=xx')).toBe('index.html');
  });

  it('hydrates only when the address asks for exactly what was rendered', () => {
    expect(prerenderedStateMatches('?view=map', '?view=map', noLang, 'en')).toBe(true);
    expect(prerenderedStateMatches('', '', noLang, 'en')).toBe(true);
    expect(prerenderedStateMatches('?view=map', '?view=map&dataset=placements', noLang, 'en')).toBe(false);
    expect(prerenderedStateMatches('?view=map', '?view=map&bogus=1', noLang, 'en')).toBe(false);
    // A reader whose browser is Arabic gets Arabic, not the English page it was sent.
    expect(prerenderedStateMatches('', '', { ...noLang, browser: ['ar-EG'] }, 'ar')).toBe(false);
    expect(prerenderedStateMatches('?lang=ar', '?lang=ar', { ...noLang, url: 'ar' }, 'ar')).toBe(true);
    expect(prerenderedStateMatches('?lang=kk', '?lang=kk', { ...noLang, url: 'kk' }, 'kk')).toBe(false);
  });
});

describe('page head', () => {
  const template = '<html lang="en"><head><title>Volunteer statistics</title></head><body><div id="root"></div></body></html>';
  const page = prerenderedPage('map', 'ar');

  it('escapes text, sets language and direction, and records the rendered state', () => {
    const html = injectPage(template, page, text, headTags(page, text, { url: null }, PRERENDERED_PAGES));
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<meta name="description" content="A &quot;map&quot; &amp; &lt;list&gt;" />');
    expect(html).toContain('<div id="root" data-prerendered="?view=map&amp;lang=ar"><p>x</p></div>');
    expect(html).toContain('<meta name="twitter:card" content="summary" />');
    expect(html).not.toContain('og:image');
  });

  it('with the site address: canonical, alternates in every language and a large preview image', () => {
    const head = headTags(page, text, { url: 'https://example.org/dash/' }, PRERENDERED_PAGES);
    expect(head).toContain('<link rel="canonical" href="https://example.org/dash/?view=map&amp;lang=ar" />');
    expect(head).toContain('<meta property="og:image" content="https://example.org/dash/og-image.png" />');
    expect(head).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(head.match(/hreflang=/g)).toHaveLength(4);
  });
});
