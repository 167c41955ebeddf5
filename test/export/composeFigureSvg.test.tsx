// @vitest-environment jsdom
// A composed figure is a complete, deterministic SVG document: title, subtitle, chart, source lines with
// dates, the Illustrative badge and the dashboard's name, right to left in Arabic.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from '../../src/charts/bar/BarChart';
import type { Lang } from '../../src/data/types';
import { I18nProvider } from '../../src/i18n/I18nContext';
import { makeTranslate } from '../../src/i18n/translate';
import { cleanChartClone } from '../../src/export/chartMarkup';
import { composeFigureSvg, figureSize, legendSvg } from '../../src/export/composeFigureSvg';
import type { ChartMarkup, FigureInput } from '../../src/export/figure';
import { BAR_ROWS } from '../charts/bar/rows';

/** The bar chart as the page draws it, made file-ready the way the Download menu does. */
function barMarkup(lang: Lang): ChartMarkup {
  const html = renderToStaticMarkup(
    <I18nProvider lang={lang}>
      <BarChart rows={BAR_ROWS} width={640} height={280} title="Delegates by country" options={{ topN: 5 }} />
    </I18nProvider>,
  );
  const doc = new DOMParser().parseFromString(html, 'image/svg+xml');
  const svg = doc.documentElement;
  cleanChartClone(svg, 'light', () => '');
  const xml = new XMLSerializer().serializeToString(svg);
  return { body: xml.slice(xml.indexOf('>') + 1, xml.lastIndexOf('</svg>')), width: 640, height: 280, fontSize: 14 };
}

const SOURCES = [
  { source: 'CICA Secretariat', sourceDate: '2024-10-03', status: 'reported' as const },
  { source: 'CICA Secretariat', sourceDate: '2024-10-03', status: 'illustrative' as const },
  { source: 'The Astana Times, 2024-10', sourceDate: '2024-10' },
];

function figure(lang: Lang): FigureInput {
  const t = makeTranslate(lang);
  return {
    title: `${t('app.charts.ranked')}: ${t('app.metric.delegates')}`,
    subtitle: `${t('app.dataset.delegates')} · ${t('export.subtitle.event', { event: 'Rally of CICA volunteer movement leaders' })}`,
    chart: barMarkup(lang),
    sources: SOURCES,
  };
}

const compose = (lang: Lang, size: 'panel' | 'slide' = 'panel', input = figure(lang)) =>
  composeFigureSvg(input, { lang, theme: 'light', size, t: makeTranslate(lang) });

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('composeFigureSvg', () => {
  it('writes a complete figure: title, subtitle, chart, dated sources, badge and the dashboard name', () => {
    const svg = compose('en');
    const doc = parse(svg);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(doc.querySelector('title')?.textContent).toBe('Ranking by country: Delegates');
    expect(texts).toContain('Ranking by country: Delegates');
    expect(texts.some((t) => t?.startsWith('Delegates · Event: '))).toBe(true);
    expect(texts).toContain('Source: CICA Secretariat, October 3, 2024');
    // A source whose name holds its date says it once.
    expect(texts).toContain('Source: The Astana Times, 2024-10');
    expect(texts).toContain('Illustrative');
    expect(texts).toContain('Volunteer statistics');
    expect(texts).toContain('more than 450');
  });

  it('is self-contained: no script, no style sheet, no reference outside the file', () => {
    const svg = compose('en');
    expect(svg).not.toMatch(/<script|<style|<foreignObject|<image|href="(?!#)|url\((?!#)/i);
    expect(svg).not.toMatch(/role=|aria-|tabindex|class=/);
    // Every url(#id) names an id in the file.
    const doc = parse(svg);
    for (const [, id] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(doc.getElementById(id ?? '')).not.toBeNull();
  });

  it('is as wide as the chart plus its margins, and a slide is 1920x1080', () => {
    expect(figureSize(compose('en')).width).toBe(688);
    expect(figureSize(compose('en', 'slide'))).toEqual({ width: 1920, height: 1080 });
  });

  it('puts Arabic text right to left, anchored at the right margin', () => {
    const doc = parse(compose('ar'));
    const title = doc.querySelector('svg > text');
    expect(title?.getAttribute('direction')).toBe('rtl');
    expect(title?.getAttribute('text-anchor')).toBe('start');
    expect(Number(title?.getAttribute('x'))).toBe(688 - 24);
    expect(doc.documentElement.getAttribute('xml:lang')).toBe('ar');
  });

  it('draws a key figure large, with its date', () => {
    const t = makeTranslate('en');
    const svg = compose('en', 'slide', { title: 'Delegates at the event', headline: { value: 'more than 450', note: t('app.card.date', { date: '3 October 2024' }) }, sources: SOURCES.slice(0, 1) });
    const value = parse(svg).querySelector('text[font-size="200"]');
    expect(value?.textContent).toBe('more than 450');
    expect(svg).toContain('As of 3 October 2024');
    expect(svg).not.toContain('Illustrative');
  });

  it('says how many more sources there are beyond four', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ source: `Source ${i + 1}` }));
    const svg = compose('en', 'panel', { title: 'Map', sources: many });
    expect(svg).toContain('Source: Source 3');
    expect(svg).not.toContain('Source: Source 4');
    expect(svg).toContain('and 4 more sources');
  });

  it('matches the stored figures in English and Arabic, panel and slide', async () => {
    await expect(compose('en')).toMatchFileSnapshot('../output/export/figure-en.svg');
    await expect(compose('ar')).toMatchFileSnapshot('../output/export/figure-ar.svg');
    await expect(compose('en', 'slide')).toMatchFileSnapshot('../output/export/slide-en.svg');
    await expect(compose('ar', 'slide')).toMatchFileSnapshot('../output/export/slide-ar.svg');
  });

  it('draws a legend alone, every swatch labelled, taller when its items need a second row', () => {
    const items = [
      { label: '23–29', fill: '#deebf7' },
      { label: '100–112', fill: '#08519c' },
      { label: 'No data', fill: '#e5e5e5', hatch: '#bbbbbb' },
      { label: 'CICA member or observer state', fill: 'none', stroke: '#6a3d9a', dashed: true },
    ];
    const wide = legendSvg({ title: 'All UN Volunteers', items }, 900, 'ltr');
    const doc = parse(`<svg xmlns="http://www.w3.org/2000/svg">${wide.markup}</svg>`);
    expect([...doc.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['All UN Volunteers', ...items.map((i) => i.label)]);
    expect(doc.querySelectorAll('pattern')).toHaveLength(1);
    expect(legendSvg({ title: 'All UN Volunteers', items }, 260, 'ltr').height).toBeGreaterThan(wide.height);
    const rtl = parse(`<svg xmlns="http://www.w3.org/2000/svg">${legendSvg({ items }, 900, 'rtl').markup}</svg>`);
    expect(Number(rtl.querySelector('rect')?.getAttribute('x'))).toBeGreaterThan(800);
  });
});
