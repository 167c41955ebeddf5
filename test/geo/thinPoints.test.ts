import { geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitProjection } from '../../src/geo/fitProjection';
import { WORLD_PRESET } from '../../src/geo/presets';
import { thinProjection } from '../../src/geo/thinPoints';
import { FEATURES_50M } from './fixtures/atlas';

const projection = fitProjection(FEATURES_50M, WORLD_PRESET, 960, 500);
const full = geoPath(projection);
const thin = geoPath(thinProjection(projection, 0.5));
const points = (d: string | null) => (d?.match(/[ML]/g) ?? []).length;

describe('thinProjection', () => {
  it('drops sub-pixel detail: far fewer points, same shape within a pixel', () => {
    const china = FEATURES_50M.find((f) => f.iso3 === 'CHN');
    if (!china) throw new Error('no CHN');
    expect(points(thin(china.geometry))).toBeLessThan(points(full(china.geometry)) / 2);
    const a = full.bounds(china.geometry).flat();
    const b = thin.bounds(china.geometry).flat();
    a.forEach((v, i) => expect(Math.abs(v - (b[i] ?? NaN))).toBeLessThan(1));
    expect(Math.abs(thin.area(china.geometry) / full.area(china.geometry) - 1)).toBeLessThan(0.01);
  });

  it('keeps every ring, so small islands do not vanish', () => {
    const bahrain = FEATURES_50M.find((f) => f.iso3 === 'BHR');
    if (!bahrain) throw new Error('no BHR');
    expect(thin(bahrain.geometry)).toMatch(/^M/);
    expect((thin(bahrain.geometry)?.match(/Z/g) ?? []).length).toBe((full(bahrain.geometry)?.match(/Z/g) ?? []).length);
  });
});
