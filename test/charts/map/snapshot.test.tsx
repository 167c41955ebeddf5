// Whole-map SVG snapshots at a fixed size with fixed data, coordinates rounded to 0.1 px.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/charts/map/projectShapes';
import { MapLegend } from '../../../src/charts/map/MapLegend';
import { MapSvg } from '../../../src/charts/map/MapSvg';
import type { MapOptions, MapValue } from '../../../src/charts/map/types';
import { buildPresets } from '../../../src/geo/presets';
import { FEATURES_50M } from '../../geo/fixtures/atlas';
import { COUNTRIES } from '../../geo/fixtures/countries';

const presets = buildPresets(COUNTRIES);
const cica = new Set(presets.cica.focus);
const value = (v: number | null, extra: Partial<MapValue> = {}): MapValue => ({ value: v, status: 'reported', qualifier: 'exact', ...extra });
// Shaped like the 2024 rally: Kazakhstan hosting, nine named participants without published counts.
const VALUES = new Map<string, MapValue>([
  ['KAZ', value(450, { qualifier: 'at_least' })],
  ['UZB', value(52, { status: 'illustrative' })],
  ['KGZ', value(38, { status: 'illustrative' })],
  ['TKM', value(12, { status: 'illustrative' })],
  ['TJK', value(0, { status: 'illustrative' })],
  ['CHN', value(120, { status: 'illustrative' })],
  ['RUS', value(95, { status: 'illustrative' })],
  ['IND', value(60, { status: 'illustrative' })],
  ['TUR', value(25, { status: 'illustrative' })],
  ['BHR', value(4, { status: 'illustrative' })],
  ['AZE', value(null, { tookPart: true })],
  ['IRN', value(null, { tookPart: true })],
  ['THA', value(null, { tookPart: true })],
  ['LKA', value(null, { tookPart: true })],
]);
const labelFor = (iso3: string) => iso3;

function render(options: MapOptions, features = FEATURES_50M, width = 600, height = 330): { svg: string; legend: string } {
  const geometry = layout(features, VALUES, width, height, options);
  return {
    svg: renderToStaticMarkup(<MapSvg layout={geometry} title="Delegates by country" labelFor={labelFor} idPrefix="map" />),
    legend: renderToStaticMarkup(<MapLegend legend={geometry.legend} title="Delegates" />),
  };
}

describe('map snapshots', () => {
  it('CICA states, choropleth, outlined, Kazakhstan selected', async () => {
    const features = FEATURES_50M.filter((f) => f.iso3 !== null && cica.has(f.iso3));
    const { svg, legend } = render(
      { mode: 'choropleth', preset: presets.cica, highlighted: new Set(['KAZ']), cicaOutline: cica, direction: 'ltr' },
      features,
    );
    await expect(svg).toMatchFileSnapshot('../../output/map/cica-choropleth.svg');
    await expect(legend).toMatchFileSnapshot('../../output/map/cica-choropleth-legend.html');
  });

  it('Central Asia with neighbours, proportional symbols', async () => {
    const { svg, legend } = render(
      { mode: 'symbols', preset: presets['central-asia'], highlighted: new Set(), cicaOutline: null, direction: 'ltr' },
      FEATURES_50M, 560, 360,
    );
    await expect(svg).toMatchFileSnapshot('../../output/map/central-asia-symbols.svg');
    await expect(legend).toMatchFileSnapshot('../../output/map/central-asia-symbols-legend.html');
  });
});
