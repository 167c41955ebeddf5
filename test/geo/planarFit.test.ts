import { geoEqualEarth, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { fitProjection, isHidden, presetFrame } from '../../src/geo/fitProjection';
import { fitPlanar, naturalHeight } from '../../src/geo/planarFit';
import { buildPresets, PRESET_IDS } from '../../src/geo/presets';
import { unitShape } from '../../src/geo/unitShapes';
import { FEATURES_50M } from './fixtures/atlas';
import { COUNTRIES } from './fixtures/countries';

const presets = buildPresets(COUNTRIES);
const numbers = (d: string | null) => (d ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
const commands = (d: string | null) => (d ?? '').replace(/[^MLZ]/g, '');

describe('fitPlanar: the map drawn from shapes projected once', () => {
  it.each(PRESET_IDS.flatMap((id) => [[id, 360, 200], [id, 1180, 520]] as const))(
    '%s at %s x %s: every country is drawn where the projection on the sphere puts it',
    (id, width, height) => {
      const fit = fitPlanar(FEATURES_50M, presets[id], width, height);
      const planar = geoPath(fit.clipped).digits(1);
      const sphere = geoPath(fitProjection(FEATURES_50M, presets[id], width, height)).digits(1);
      const off: string[] = [];
      for (const f of FEATURES_50M) {
        if (isHidden(f)) continue;
        const a = planar(fit.unit(f));
        const b = sphere(f.geometry);
        const [na, nb] = [numbers(a), numbers(b)];
        // The same outline, point for point (a last digit may round the other way).
        if (commands(a) !== commands(b) || na.length !== nb.length || na.some((v, i) => Math.abs(v - (nb[i] ?? NaN)) > 0.11)) off.push(f.key);
      }
      expect(off).toEqual([]);
      expect(fit.rotation).toBe(presetFrame(FEATURES_50M, presets[id]).center);
    },
  );

  it('cuts zoomed views at the viewport as the projection does, and keeps the whole shape for circles', () => {
    const fit = fitPlanar(FEATURES_50M, presets['central-asia'], 600, 400);
    const russia = FEATURES_50M.find((f) => f.iso3 === 'RUS');
    if (!russia) throw new Error('no RUS');
    const [[x0, y0], [x1, y1]] = geoPath(fit.clipped).bounds(fit.unit(russia));
    expect([x0 >= -4, y0 >= -4, x1 <= 604, y1 <= 404]).toEqual([true, true, true, true]);
    const [[wx0], [wx1]] = geoPath(fit.whole).bounds(fit.unit(russia));
    expect(wx1 - wx0).toBeGreaterThan(x1 - x0 + 100);
  });

  it('projects each shape once per rotation', () => {
    const kaz = FEATURES_50M.find((f) => f.iso3 === 'KAZ');
    if (!kaz) throw new Error('no KAZ');
    expect(unitShape(kaz.geometry, 0)).toBe(unitShape(kaz.geometry, 0));
    expect(unitShape(kaz.geometry, 70)).not.toBe(unitShape(kaz.geometry, 0));
  });
});

describe('naturalHeight', () => {
  it.each(PRESET_IDS.flatMap((id) => [240, 412, 960, 1920].map((width) => [id, width] as const)))(
    '%s at %s px: the height at which the projection on the sphere fills the width',
    (id, width) => {
      const { chosen, center } = presetFrame(FEATURES_50M, presets[id]);
      const fc = { type: 'FeatureCollection' as const, features: chosen.map((f) => ({ type: 'Feature' as const, properties: {}, geometry: f.geometry })) };
      const pad = Math.min(8, width / 4);
      const projection = geoEqualEarth().rotate([-center, 0]).precision(0).fitWidth(width - 2 * pad, fc);
      const [[, y0], [, y1]] = geoPath(projection).bounds(fc);
      expect(naturalHeight(FEATURES_50M, presets[id], width)).toBe(Math.ceil(y1 - y0 + 2 * pad));
    },
  );
});
