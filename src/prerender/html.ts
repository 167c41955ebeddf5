// The prerendered page's HTML: the rendered view in #root, and the head a search engine or a link
// preview reads (language, title, description, Open Graph and Twitter card tags). Pure, for tests.
import { dirOf } from '../app/lang';
import type { PrerenderedPage } from './pages';

export interface SiteMeta {
  /** The site's public address with a trailing slash (SITE_URL at build time), or null when unknown. */
  readonly url: string | null;
}

export interface PageText {
  readonly html: string;
  readonly title: string;
  readonly description: string;
  readonly siteName: string;
}

/** The preview image in public/, 1200 x 630. */
export const PREVIEW_IMAGE = { file: 'og-image.png', width: 1200, height: 630 };

const OG_LOCALE = { en: 'en_US', ar: 'ar_AR', ru: 'ru_RU', kk: 'kk_KZ' } as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const meta = (attr: 'name' | 'property', key: string, content: string) => `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;

export function headTags(page: PrerenderedPage, text: PageText, site: SiteMeta, pages: readonly PrerenderedPage[]): string {
  const tags = [
    meta('name', 'description', text.description),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', text.siteName),
    meta('property', 'og:title', text.title),
    meta('property', 'og:description', text.description),
    meta('property', 'og:locale', OG_LOCALE[page.lang]),
    meta('name', 'twitter:card', site.url ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', text.title),
    meta('name', 'twitter:description', text.description),
  ];
  if (site.url) {
    const image = `${site.url}${PREVIEW_IMAGE.file}`;
    tags.push(
      `<link rel="canonical" href="${escapeHtml(site.url + page.search)}" />`,
      meta('property', 'og:url', site.url + page.search),
      meta('property', 'og:image', image),
      meta('property', 'og:image:width', String(PREVIEW_IMAGE.width)),
      meta('property', 'og:image:height', String(PREVIEW_IMAGE.height)),
      meta('property', 'og:image:alt', text.siteName),
      meta('name', 'twitter:image', image),
      // The same view in the other languages.
      ...pages.filter((p) => p.view === page.view).map((p) => `<link rel="alternate" hreflang="${p.lang}" href="${escapeHtml(site.url + p.search)}" />`),
    );
  }
  return tags.join('\n    ');
}

/** Fills Vite's built index.html: language and direction, title, head tags, and the rendered view. */
export function injectPage(template: string, page: PrerenderedPage, text: PageText, head: string): string {
  return template
    .replace(/<html[^>]*>/, `<html lang="${page.lang}" dir="${dirOf(page.lang)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(text.title)}</title>\n    ${head}`)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${escapeHtml(page.search)}">${text.html}</div>`);
}
