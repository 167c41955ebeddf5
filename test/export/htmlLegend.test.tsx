// @vitest-environment jsdom
// The map's legend on the page is read back for a file or a slide: every entry with its label and the swatch's
// colours (patterns as base colour and hatch), with the theme's custom properties resolved.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MapLegend } from '../../src/charts/map/MapLegend';
import type { MapLegendModel } from '../../src/charts/map/types';
import { htmlLegend } from '../../src/export/htmlLegend';
import { I18nProvider } from '../../src/i18n/I18nContext';

const LEGEND: MapLegendModel = {
  mode: 'choropleth', integer: true, sizes: [],
  classes: [{ from: 1, to: 9, color: '#c6dbef' }, { from: 10, to: 99, color: '#08519c' }],
  noData: true, tookPart: true, illustrative: true, cica: true, highlighted: true,
};

function pageWith(legend: MapLegendModel): HTMLElement {
  const html = renderToStaticMarkup(<I18nProvider lang="en"><MapLegend legend={legend} title="Delegates" /></I18nProvider>);
  return new DOMParser().parseFromString(html, 'text/html').body;
}

// The page's dark theme sets this variable; the export in the light theme takes each var()'s light fallback.
const lookup = (name: string) => (name === '--map-cica' ? 'light-dark(#762a83, #c2a5cf)' : '');

describe('htmlLegend', () => {
  it('reads every entry: class colours, the patterns as base and hatch, the outlines with their dashes', () => {
    const legend = htmlLegend(pageWith(LEGEND), 'light', lookup);
    expect(legend?.title).toBe('Delegates');
    expect(legend?.items).toEqual([
      { label: '1–9', fill: '#c6dbef' },
      { label: '10–99', fill: '#08519c' },
      { label: 'Took part, count not published', fill: '#fbdaa4', hatch: '#b3741a' },
      { label: 'No data', fill: '#e3e3e3', hatch: '#c4c4c4' },
      { label: 'CICA member or observer state', fill: '#ffffff', stroke: '#762a83', dashed: true },
      { label: 'Selected', fill: 'none', stroke: '#1f2328' },
    ]);
    expect(legend?.note).toContain('Illustrative');
  });

  it('takes the dark colour of a themed variable in the dark theme', () => {
    const cica = htmlLegend(pageWith(LEGEND), 'dark', lookup)?.items.find((i) => i.label.startsWith('CICA'));
    expect(cica?.stroke).toBe('#c2a5cf');
  });

  it('reads circle sizes as circles', () => {
    const legend = htmlLegend(pageWith({ ...LEGEND, mode: 'symbols', classes: [], sizes: [{ value: 400, r: 20 }, { value: 100, r: 10 }] }), 'light', lookup);
    expect(legend?.items.slice(0, 2)).toEqual([
      { label: '400', fill: '#0072b2', stroke: '#0072b2', radius: 20 },
      { label: '100', fill: '#0072b2', stroke: '#0072b2', radius: 10 },
    ]);
  });

  it('renders no style attribute, so a strict CSP shows the legend of a prerendered page', () => {
    expect(pageWith(LEGEND).querySelectorAll('[style]')).toHaveLength(0);
  });
});
