import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MapLegend } from '../../../src/charts/map/MapLegend';
import type { MapLegendModel } from '../../../src/charts/map/types';
import { I18nProvider } from '../../../src/i18n/I18nContext';

const base: MapLegendModel = {
  mode: 'choropleth', classes: [], sizes: [], integer: true,
  noData: false, tookPart: false, illustrative: false, cica: false, highlighted: false,
};
const text = (legend: MapLegendModel, lang: 'en' | 'ru' | 'ar' = 'en') =>
  renderToStaticMarkup(<I18nProvider lang={lang}><MapLegend legend={legend} title="Volunteers" /></I18nProvider>)
    .replace(/<[^>]+>/g, '|').replace(/\|+/g, '|');

describe('MapLegend', () => {
  it('labels whole-number classes with inclusive, locale-formatted ranges', () => {
    const legend = { ...base, classes: [
      { from: 0, to: 999, color: '#eee' },
      { from: 1000, to: 12840, color: '#036' },
    ] };
    expect(text(legend)).toContain('|0–999|');
    expect(text(legend)).toContain('|1,000–12,840|');
    expect(text(legend, 'ru')).toContain('|1\u00a0000–12\u00a0840|');
  });

  it('shows one number for a class holding a single value', () => {
    expect(text({ ...base, classes: [{ from: 450, to: 450, color: '#036' }] })).toContain('|450|');
  });

  it('lists no data, took part, CICA and selected only when the map draws them', () => {
    const none = text(base);
    for (const entry of ['No data', 'Took part, count not published', 'CICA member or observer state', 'Selected']) expect(none).not.toContain(entry);
    const all = text({ ...base, noData: true, tookPart: true, cica: true, highlighted: true });
    for (const entry of ['No data', 'Took part, count not published', 'CICA member or observer state', 'Selected']) expect(all).toContain(`|${entry}|`);
  });

  it('shows circle sizes with their values and the area note in symbol mode', () => {
    const t = text({ ...base, mode: 'symbols', sizes: [{ value: 400, r: 20 }, { value: 100, r: 10 }] });
    expect(t).toContain('|400|');
    expect(t).toContain('|100|');
    expect(t).toContain('Circle area is proportional to the value');
  });

  it('flags illustrative figures with the badge', () => {
    const t = text({ ...base, illustrative: true });
    expect(t).toContain('|Illustrative|');
    expect(t).toContain('not published anywhere');
    expect(text(base)).not.toContain('Illustrative');
  });

  it('reads right to left in Arabic', () => {
    const html = renderToStaticMarkup(<I18nProvider lang="ar"><MapLegend legend={base} /></I18nProvider>);
    expect(html).toMatch(/class="map-legend" dir="rtl"/);
  });
});
