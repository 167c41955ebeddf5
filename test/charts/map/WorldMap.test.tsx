// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MapOptions, MapValue } from '../../../src/charts/map/types';
import { WorldMap, type WorldMapProps } from '../../../src/charts/map/WorldMap';
import { projectShapes } from '../../../src/charts/map/projectShapes';
import { buildPresets } from '../../../src/geo/presets';
import { I18nProvider } from '../../../src/i18n/I18nContext';
import { FEATURES_50M } from '../../geo/fixtures/atlas';
import { COUNTRIES } from '../../geo/fixtures/countries';

afterEach(cleanup);

const presets = buildPresets(COUNTRIES);
const near = new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'AFG', 'CHN']);
const features = FEATURES_50M.filter((f) => (f.iso3 !== null && near.has(f.iso3)) || f.atlasName === 'Siachen Glacier');
const value = (v: number | null, tookPart = false): MapValue => ({ value: v, status: 'reported', qualifier: 'exact', tookPart });
const values = new Map([['KAZ', value(450)], ['UZB', value(52)], ['TJK', value(0)], ['KGZ', value(null, true)]]);
const options: MapOptions = { mode: 'choropleth', preset: presets['central-asia'], highlighted: new Set(['KAZ']), cicaOutline: null, direction: 'ltr' };

function renderMap(extra: Partial<WorldMapProps> = {}, lang: 'en' | 'ar' = 'en') {
  const props: WorldMapProps = {
    geometry: projectShapes(features, options.preset, 600, 360), values, width: 600, height: 360, options,
    title: 'Map of delegates',
    labelFor: (iso3) => `${iso3}: ${values.get(iso3)?.value ?? 'took part'}`,
    renderTooltip: (iso3) => <strong>Tooltip for {iso3}</strong>,
    ...extra,
  };
  return render(<I18nProvider lang={lang}><WorldMap {...props} /></I18nProvider>);
}

describe('WorldMap', () => {
  it('is a named group whose keyboard stops are the countries with data, labelled by the caller', () => {
    renderMap();
    const map = screen.getByRole('group', { name: 'Map of delegates' });
    const buttons = within(map).getAllByRole('button').map((b) => b.getAttribute('aria-label'));
    expect(buttons.sort()).toEqual(['KAZ: 450', 'KGZ: took part', 'TJK: 0', 'UZB: 52']);
    expect(map.querySelectorAll('path[tabindex="0"]')).toHaveLength(4);
  });

  it('shows the caller\'s tooltip on keyboard focus and hides it on blur or Escape', () => {
    renderMap();
    const kaz = screen.getByRole('button', { name: 'KAZ: 450' });
    fireEvent.focus(kaz);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.textContent).toBe('Tooltip for KAZ');
    expect(kaz.getAttribute('aria-describedby')).toBe(tooltip.id);
    fireEvent.keyDown(kaz, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    fireEvent.focus(kaz);
    fireEvent.blur(kaz);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shows the tooltip on hover', () => {
    renderMap();
    fireEvent.pointerOver(screen.getByRole('button', { name: 'UZB: 52' }), { clientX: 100, clientY: 80 });
    expect(screen.getByRole('tooltip').textContent).toBe('Tooltip for UZB');
  });

  it('hides the tooltip when the pointer moves onto a country without data', () => {
    renderMap();
    fireEvent.pointerOver(screen.getByRole('button', { name: 'UZB: 52' }), { clientX: 100, clientY: 80 });
    const afghanistan = document.querySelector('path[aria-hidden="true"]') as SVGPathElement;
    fireEvent.pointerOver(afghanistan, { clientX: 120, clientY: 200 });
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('selects with a click or Enter', () => {
    const onSelect = vi.fn();
    renderMap({ onSelect });
    fireEvent.click(screen.getByRole('button', { name: 'TJK: 0' }));
    fireEvent.keyDown(screen.getByRole('button', { name: 'KAZ: 450' }), { key: 'Enter' });
    expect(onSelect.mock.calls).toEqual([['TJK'], ['KAZ']]);
  });

  it('has a legend with value classes, took part, no data and selected entries', () => {
    renderMap({ legendTitle: 'Delegates' });
    const legend = document.querySelector('.map-legend') as HTMLElement;
    expect(within(legend).getByText('Delegates')).toBeTruthy();
    for (const text of ['Took part, count not published', 'No data', 'Selected']) expect(within(legend).getByText(text)).toBeTruthy();
    expect(legend.textContent).toMatch(/450/);
  });

  it('keeps the map unmirrored in Arabic while the legend reads right to left', () => {
    renderMap({}, 'ar');
    const svg = screen.getByRole('group', { name: 'Map of delegates' });
    expect(svg.getAttribute('style')).toMatch(/direction: ltr/);
    expect(document.querySelector('.map-legend')?.getAttribute('dir')).toBe('rtl');
  });
});

describe('WorldMap accessibility', () => {
  it('has no axe violations, with the tooltip open', async () => {
    const { container } = renderMap({ onSelect: () => {} });
    fireEvent.focus(screen.getByRole('button', { name: 'KAZ: 450' }));
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });
});
