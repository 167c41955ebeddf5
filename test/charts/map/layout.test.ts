import { describe, expect, it } from 'vitest';
import { layout } from '../../../src/charts/map/projectShapes';
import { MAP_COLORS } from '../../../src/charts/map/palette';
import type { MapOptions, MapValue } from '../../../src/charts/map/types';
import { buildPresets } from '../../../src/geo/presets';
import { FEATURES_50M } from '../../geo/fixtures/atlas';
import { COUNTRIES } from '../../geo/fixtures/countries';

const presets = buildPresets(COUNTRIES);
const value = (v: number | null, extra: Partial<MapValue> = {}): MapValue => ({ value: v, status: 'reported', qualifier: 'exact', ...extra });
const VALUES = new Map<string, MapValue>([
  ['KAZ', value(450, { qualifier: 'at_least' })],
  ['UZB', value(52)],
  ['KGZ', value(38)],
  ['TJK', value(0)],
  ['CHN', value(120)],
  ['IND', value(60)],
  ['USA', value(8, { status: 'illustrative' })],
  ['RUS', value(15)],
  ['AZE', value(null, { tookPart: true })],
  ['THA', value(null, { tookPart: true })],
  ['MNG', value(null)],
]);
const OPTIONS: MapOptions = { mode: 'choropleth', preset: presets.world, highlighted: new Set(), cicaOutline: null, direction: 'ltr' };
const world = layout(FEATURES_50M, VALUES, 960, 500, OPTIONS);
const pathOf = (iso3: string, l = world) => l.paths.find((p) => p.iso3 === iso3);

describe('choropleth fills', () => {
  it('draws zero, took part and no data three different ways', () => {
    const zero = pathOf('TJK');
    const tookPart = pathOf('AZE');
    const noData = pathOf('BRA');
    expect(zero).toMatchObject({ category: 'value', focusable: true });
    expect(zero?.pattern).toBeUndefined();
    expect(tookPart).toMatchObject({ category: 'tookPart', pattern: 'tookpart', fill: MAP_COLORS.tookPart, focusable: true });
    expect(noData).toMatchObject({ category: 'noData', pattern: 'nodata', fill: MAP_COLORS.noData, focusable: false });
    expect(new Set([zero?.fill, tookPart?.fill, noData?.fill]).size).toBe(3);
  });

  it('gives zero the lightest class colour, not grey', () => {
    expect(pathOf('TJK')?.fill).toBe(world.legend.classes[0]?.color);
    expect(pathOf('TJK')?.fill).not.toBe(MAP_COLORS.noData);
  });

  it('treats a null value without "took part" as no data', () => {
    expect(pathOf('MNG')).toMatchObject({ category: 'noData', pattern: 'nodata', focusable: false });
  });

  it('darkens with the value, and every value falls in the class its legend entry names', () => {
    const classes = world.legend.classes;
    for (const [iso3, v] of VALUES) {
      if (v.value === null) continue;
      const c = classes.find((k) => k.color === pathOf(iso3)?.fill);
      expect(c && v.value >= c.from && v.value <= c.to).toBe(true);
    }
    const lightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).map(Number).reduce((a, b) => a + b, 0);
    classes.slice(1).forEach((c, i) => expect(lightness(c.color)).toBeLessThan(lightness(classes[i]?.color ?? '')));
  });

  it('lists No data and Took part in the legend only when they are drawn', () => {
    expect(world.legend).toMatchObject({ noData: true, tookPart: true, illustrative: true, cica: false });
    const onlyValues = new Map([...VALUES].filter(([, v]) => v.value !== null));
    const focus = layout(FEATURES_50M, onlyValues, 400, 300, { ...OPTIONS, preset: { id: 'central-asia', focus: ['UZB'] } });
    expect(focus.legend.tookPart).toBe(false);
    expect(focus.legend.illustrative).toBe(false);
  });

  it('draws Kosovo and other shapes without an ISO code as no-data land that cannot be focused', () => {
    const kosovo = world.paths.find((p) => p.key === 'atlas:Kosovo');
    expect(kosovo).toMatchObject({ iso3: null, category: 'noData', focusable: false });
  });

  it('leaves Antarctica out', () => {
    expect(world.paths.some((p) => p.key === 'ATA' || p.iso3 === 'ATA')).toBe(false);
  });
});

describe('outlines and order', () => {
  it('outlines highlighted countries and, when toggled, CICA states', () => {
    const cica = new Set(presets.cica.focus);
    const l = layout(FEATURES_50M, VALUES, 960, 500, { ...OPTIONS, highlighted: new Set(['KAZ']), cicaOutline: cica });
    expect(l.outlines.map((o) => o.iso3)).toEqual(['KAZ']);
    expect(l.outlines[0]?.d).toBe(pathOf('KAZ', l)?.d);
    const rings = (d: string | null | undefined) => (d ?? '').split('M').length - 1;
    const cicaRings = l.paths.filter((p) => p.iso3 !== null && cica.has(p.iso3)).reduce((n, p) => n + rings(p.d), 0);
    expect(rings(l.cicaOutline)).toBe(cicaRings);
    expect(l.cicaOutline).toContain(pathOf('BHR', l)?.d);
    expect(l.cicaOutline).not.toContain(pathOf('BRA', l)?.d);
    expect(world.cicaOutline).toBeNull();
    expect(l.legend).toMatchObject({ cica: true, highlighted: true });
  });

  it('orders keyboard stops west to east, east to west in right-to-left languages', () => {
    const order = (l: typeof world) => l.paths.filter((p) => p.focusable).map((p) => p.iso3);
    const ltr = order(world);
    expect(ltr[0]).toBe('USA');
    expect(order(layout(FEATURES_50M, VALUES, 960, 500, { ...OPTIONS, direction: 'rtl' }))).toEqual([...ltr].reverse());
  });

  it('zoomed presets keep neighbours in view but drop shapes outside it', () => {
    const l = layout(FEATURES_50M, VALUES, 600, 400, { ...OPTIONS, preset: presets['central-asia'] });
    expect(pathOf('BRA', l)).toBeUndefined();
    expect(pathOf('AFG', l)).toBeDefined();
    expect(l.paths.every((p) => p.d.length > 0)).toBe(true);
  });
});

describe('proportional symbols', () => {
  const symbols = layout(FEATURES_50M, VALUES, 960, 500, { ...OPTIONS, mode: 'symbols' });

  it('sizes circles by area: r² proportional to the value', () => {
    const ratio = symbols.symbols.map((s) => (s.r * s.r) / s.value);
    const first = ratio[0] ?? 0;
    ratio.forEach((r) => expect(r / first).toBeCloseTo(1, 1));
    const kaz = symbols.symbols.find((s) => s.iso3 === 'KAZ');
    const uzb = symbols.symbols.find((s) => s.iso3 === 'UZB');
    expect(((kaz?.r ?? 0) / (uzb?.r ?? 1)) ** 2).toBeCloseTo(450 / 52, 0);
  });

  it('draws the largest first so small circles stay on top; zero and unknown values get none', () => {
    const r = symbols.symbols.map((s) => s.r);
    expect(r).toEqual([...r].sort((a, b) => b - a));
    expect(symbols.symbols.map((s) => s.iso3).sort()).toEqual(['CHN', 'IND', 'KAZ', 'KGZ', 'RUS', 'USA', 'UZB']);
  });

  it('fills countries with data as plain land, keeping no data hatched', () => {
    expect(pathOf('KAZ', symbols)?.fill).toBe(MAP_COLORS.land);
    expect(pathOf('BRA', symbols)?.pattern).toBe('nodata');
    expect(symbols.legend.classes).toEqual([]);
    expect(symbols.legend.sizes.map((s) => s.value)).toEqual([400, 100, 25]);
    const biggest = symbols.legend.sizes[0];
    const kaz = symbols.symbols[0];
    expect(kaz?.iso3).toBe('KAZ');
    expect(((biggest?.r ?? 0) / (kaz?.r ?? 1)) ** 2).toBeCloseTo(400 / 450, 1);
  });
});

describe('symbols in zoomed views', () => {
  it('places circles on the whole country, dropping those whose country centre is far outside the view', () => {
    const l = layout(FEATURES_50M, VALUES, 560, 360, { ...OPTIONS, mode: 'symbols', preset: presets['central-asia'] });
    const iso3s = l.symbols.map((s) => s.iso3);
    expect(iso3s).toEqual(expect.arrayContaining(['KAZ', 'UZB', 'KGZ']));
    expect(iso3s).not.toContain('RUS'); // Russia's main polygon is centred in Siberia, well north-east of the view
    for (const s of l.symbols) {
      expect(s.cx + s.r).toBeGreaterThan(0);
      expect(s.cx - s.r).toBeLessThan(560);
    }
  });
});

describe('markers for tiny countries', () => {
  it('adds a dot in the country colour where the shape is too small to see, and none for large countries', () => {
    const values = new Map([...VALUES, ['BHR', value(4)], ['SGP', value(null, { tookPart: true })]]);
    const l = layout(FEATURES_50M, values, 960, 500, OPTIONS);
    const bhr = l.markers.find((m) => m.iso3 === 'BHR');
    expect(bhr?.fill).toBe(pathOf('BHR', l)?.fill);
    expect(l.markers.find((m) => m.iso3 === 'SGP')).toMatchObject({ pattern: 'tookpart' });
    expect(l.markers.map((m) => m.iso3)).not.toContain('KAZ');
    const zoomed = layout(FEATURES_50M, values, 960, 500, { ...OPTIONS, preset: { id: 'asia', focus: ['BHR', 'QAT'] } });
    expect(zoomed.markers.map((m) => m.iso3)).not.toContain('BHR');
  });
});

describe('degenerate sizes', () => {
  it('draws nothing (and no NaN) at zero width', () => {
    const l = layout(FEATURES_50M, VALUES, 0, 300, OPTIONS);
    expect(l).toMatchObject({ width: 0, height: 300, paths: [], symbols: [], markers: [], outlines: [], cicaOutline: null });
    expect(l.legend.classes.length).toBeGreaterThan(1); // the legend still describes the data
  });
});
