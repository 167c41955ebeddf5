import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitProjection } from '../../src/geo/fitProjection';
import { anchorOf, largestPolygon } from '../../src/geo/largestPolygon';
import { WORLD_PRESET } from '../../src/geo/presets';
import { FEATURES_50M } from './fixtures/atlas';

const projection = fitProjection(FEATURES_50M, WORLD_PRESET, 1000, 500);
const path = geoPath(projection);

function lonLatOfAnchor(iso3: string): [number, number] {
  const f = FEATURES_50M.find((x) => x.iso3 === iso3);
  const anchor = f && anchorOf(path, f.geometry);
  const lonLat = anchor && projection.invert?.(anchor);
  if (!lonLat) throw new Error(`no anchor for ${iso3}`);
  return lonLat;
}

describe('anchorOf', () => {
  it('puts the USA anchor on the lower 48, not between Alaska and Hawaii', () => {
    const [lon, lat] = lonLatOfAnchor('USA');
    expect(lon).toBeGreaterThan(-110);
    expect(lon).toBeLessThan(-85);
    expect(lat).toBeGreaterThan(30);
    expect(lat).toBeLessThan(45);
  });

  it('puts the Russian anchor on the mainland', () => {
    const [lon, lat] = lonLatOfAnchor('RUS');
    expect(lon).toBeGreaterThan(60);
    expect(lon).toBeLessThan(120);
    expect(lat).toBeGreaterThan(55);
  });

  it('puts France on the European mainland, not in French Guiana', () => {
    const [lon, lat] = lonLatOfAnchor('FRA');
    expect(lon).toBeGreaterThan(-5);
    expect(lon).toBeLessThan(8);
    expect(lat).toBeGreaterThan(42);
  });

  it('returns null for a country outside a zoomed viewport', () => {
    const zoomed = geoPath(fitProjection(FEATURES_50M, { id: 'central-asia', focus: ['KAZ'] }, 400, 300));
    const brazil = FEATURES_50M.find((f) => f.iso3 === 'BRA');
    expect(brazil && anchorOf(zoomed, brazil.geometry)).toBeNull();
  });
});

describe('largestPolygon', () => {
  it('picks the polygon with the largest projected area', () => {
    const usa = FEATURES_50M.find((f) => f.iso3 === 'USA');
    if (!usa || usa.geometry.type !== 'MultiPolygon') throw new Error('USA should be a MultiPolygon');
    const { area } = largestPolygon(path, usa.geometry);
    const areas = usa.geometry.coordinates.map((coordinates) => path.area({ type: 'Polygon', coordinates }));
    expect(area).toBe(Math.max(...areas));
  });
});
