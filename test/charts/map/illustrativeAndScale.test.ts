import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/charts/map/projectShapes';
import type { MapOptions, MapValue } from '../../../src/charts/map/types';
import { buildPresets } from '../../../src/geo/presets';
import { FEATURES_50M } from '../../geo/fixtures/atlas';
import { COUNTRIES } from '../../geo/fixtures/countries';

const presets = buildPresets(COUNTRIES);
const value = (v: number, extra: Partial<MapValue> = {}): MapValue => ({ value: v, status: 'reported', qualifier: 'exact', ...extra });
const OPTIONS: MapOptions = { mode: 'choropleth', preset: presets.world, highlighted: new Set(), cicaOutline: null, direction: 'ltr' };

describe('illustrative fills', () => {
  const values = new Map([['KAZ', value(450)], ['UZB', value(52, { status: 'illustrative' })]]);

  it('hatch only the illustrative countries of a choropleth', () => {
    const l = layout(FEATURES_50M, values, 960, 500, OPTIONS);
    expect(l.illustrativeOverlays.map((o) => o.iso3)).toEqual(['UZB']);
    expect(l.illustrativeOverlays[0]?.d).toBe(l.paths.find((p) => p.iso3 === 'UZB')?.d);
    expect(l.legend.illustrative).toBe(true);
  });

  it('leave circles to their own dashed outline', () => {
    const l = layout(FEATURES_50M, values, 960, 500, { ...OPTIONS, mode: 'symbols' });
    expect(l.illustrativeOverlays).toEqual([]);
    expect(l.symbols.find((s) => s.iso3 === 'UZB')?.illustrative).toBe(true);
  });
});

describe('a colour scale shared across years', () => {
  // Organisations in Kazakhstan: more than 50 in 2019, more than 740 in 2024; the only country with data.
  const scaleValues = [50, 224, 700, 680, 740];
  const fillIn = (v: number, shared: boolean) =>
    layout(FEATURES_50M, new Map([['KAZ', value(v, { qualifier: 'at_least' })]]), 960, 500, shared ? { ...OPTIONS, scaleValues } : OPTIONS)
      .paths.find((p) => p.iso3 === 'KAZ')?.fill;

  it('gives one country different fills in different years', () => {
    expect(fillIn(50, true)).not.toBe(fillIn(740, true));
  });

  it('is needed: built from one year alone, a single value always takes the same colour', () => {
    expect(fillIn(50, false)).toBe(fillIn(740, false));
  });

  it('keeps the legend classes of every year', () => {
    const l = layout(FEATURES_50M, new Map([['KAZ', value(50)]]), 960, 500, { ...OPTIONS, scaleValues });
    expect(l.legend.classes.length).toBeGreaterThan(1);
    expect(l.legend.classes[0]?.from).toBe(50);
    expect(l.legend.classes.at(-1)?.to).toBe(740);
  });
});
