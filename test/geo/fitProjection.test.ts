import { geoCentroid, geoPath, type GeoProjection } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitProjection } from '../../src/geo/fitProjection';
import { naturalHeight } from '../../src/geo/planarFit';
import { buildPresets, CENTRAL_ASIA, type PresetId } from '../../src/geo/presets';
import { FEATURES_50M } from './fixtures/atlas';
import { COUNTRIES } from './fixtures/countries';

const presets = buildPresets(COUNTRIES);
const W = 960;
const H = 540;

const projections = new Map<PresetId, GeoProjection>();
function projectionFor(preset: PresetId): GeoProjection {
  let p = projections.get(preset);
  if (!p) projections.set(preset, (p = fitProjection(FEATURES_50M, presets[preset], W, H)));
  return p;
}

function onScreen(preset: PresetId, iso3: string): [number, number] {
  const f = FEATURES_50M.find((x) => x.iso3 === iso3);
  if (!f) throw new Error(`no shape for ${iso3}`);
  const p = projectionFor(preset)(geoCentroid(f.geometry));
  if (!p) throw new Error(`${iso3} did not project`);
  return p;
}

describe('buildPresets', () => {
  it('lists the focus countries of each preset from the reference', () => {
    expect(presets.world.focus).toBeNull();
    expect(presets['central-asia'].focus).toEqual(CENTRAL_ASIA);
    expect(presets.cica.focus).toHaveLength(38);
    expect(presets.cica.focus).toEqual(expect.arrayContaining(['BHR', 'USA', 'EGY', 'KWT', 'SAU', 'TKM']));
    // M49 region Asia: Cyprus is in it, Russia and Egypt are not.
    expect(presets.asia.focus).toEqual(expect.arrayContaining(['CYP', 'JPN', 'KAZ']));
    expect(presets.asia.focus).not.toContain('RUS');
    expect(presets.asia.focus).not.toContain('EGY');
  });
});

describe('fitProjection', () => {
  it.each(['world', 'asia', 'central-asia', 'cica'] as const)('%s: every focus country centroid is inside the viewport', (preset) => {
    const focus = presets[preset].focus ?? ['KAZ', 'USA', 'BRA', 'AUS', 'NOR', 'KEN'];
    for (const iso3 of focus) {
      if (!FEATURES_50M.some((f) => f.iso3 === iso3)) continue;
      const [x, y] = onScreen(preset, iso3);
      expect({ iso3, inside: x >= 0 && x <= W && y >= 0 && y <= H }).toEqual({ iso3, inside: true });
    }
  });

  it('the CICA fit holds all 38 member and observer states', () => {
    const cica = presets.cica.focus ?? [];
    expect(cica.filter((iso3) => {
      const [x, y] = onScreen('cica', iso3);
      return x < 0 || x > W || y < 0 || y > H;
    })).toEqual([]);
  });

  it('zooms: Central Asia fills the viewport on one axis, and Kazakhstan is far bigger than on the world map', () => {
    const kaz = FEATURES_50M.find((f) => f.iso3 === 'KAZ');
    if (!kaz) throw new Error('no KAZ');
    const area = (preset: PresetId) => geoPath(fitProjection(FEATURES_50M, presets[preset], W, H)).area(kaz.geometry);
    expect(area('central-asia')).toBeGreaterThan(20 * area('world'));
    const five = FEATURES_50M.filter((f) => f.iso3 !== null && CENTRAL_ASIA.includes(f.iso3));
    const path = geoPath(fitProjection(FEATURES_50M, presets['central-asia'], W, H));
    const [[x0, y0], [x1, y1]] = path.bounds({ type: 'FeatureCollection', features: five.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })) });
    const fillsWidth = x1 - x0 > W - 20;
    const fillsHeight = y1 - y0 > H - 20;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('centres zoomed views on their countries, the world on Greenwich', () => {
    const [cx] = onScreen('central-asia', 'UZB');
    expect(Math.abs(cx - W / 2)).toBeLessThan(W / 4);
    const projection = fitProjection(FEATURES_50M, presets.world, W, H);
    expect(projection.rotate()[0]).toBe(-0);
  });

  it('leaves Antarctica out of the world fit, so the inhabited land fills the height', () => {
    const wide = fitProjection(FEATURES_50M, presets.world, 2000, 500);
    expect(wide([-60, -65])?.[1]).toBeGreaterThan(500); // the Antarctic Peninsula falls below the bottom edge
    expect(wide([-68, -55])?.[1]).toBeLessThan(500); // Cape Horn stays inside
  });
});

describe('naturalHeight', () => {
  it('gives the height at which the preset fills the width with no empty band', () => {
    const world = naturalHeight(FEATURES_50M, presets.world, 1000);
    expect(world).toBeGreaterThan(380);
    expect(world).toBeLessThan(520);
    const h = naturalHeight(FEATURES_50M, presets['central-asia'], 600);
    const fc = { type: 'FeatureCollection' as const, features: FEATURES_50M.filter((f) => f.iso3 !== null && CENTRAL_ASIA.includes(f.iso3)).map((f) => ({ type: 'Feature' as const, properties: {}, geometry: f.geometry })) };
    const [[x0, y0], [x1, y1]] = geoPath(fitProjection(FEATURES_50M, presets['central-asia'], 600, h)).bounds(fc);
    expect(x1 - x0).toBeGreaterThan(600 - 16 - 2);
    expect(y1 - y0).toBeGreaterThan(h - 16 - 2);
  });
});
