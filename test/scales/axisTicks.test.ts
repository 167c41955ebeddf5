import fc from 'fast-check';
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { fitTicks } from '../../src/scales/axisTicks';
import { compactFormatter, yearFormatter } from '../../src/scales/format';
import { expectHorizontalLabelsApart, expectInside } from '../charts/overlap';

function ticksFor(max: number, width: number, format = compactFormatter('en')) {
  // Like the charts: the plot is inset from the edges so end labels have room.
  const scale = scaleLinear().domain([0, max]).range([24, width - 24]);
  return fitTicks({ domain: [0, max], scale, bounds: [0, width], format, fontSize: 11, orientation: 'horizontal' }).map((t) => ({ x: t.pos, label: t.label }));
}

describe('fitTicks', () => {
  it('gives more ticks on a wide axis than on a narrow one', () => {
    expect(ticksFor(15000, 1600).length).toBeGreaterThan(ticksFor(15000, 320).length);
  });

  it('never lets labels overlap or leave the axis (any domain, 320 and 1600 px)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e9, noNaN: true }), fc.constantFrom(120, 320, 1600), (max, width) => {
        const ticks = ticksFor(max, width);
        expect(ticks.length).toBeGreaterThanOrEqual(1);
        expectHorizontalLabelsApart(ticks, 11);
        expectInside(ticks, 11, width);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps years whole and ungrouped', () => {
    const scale = scaleLinear().domain([2018, 2024]).range([0, 320]);
    const ticks = fitTicks({ domain: [2018, 2024], scale, bounds: [-20, 340], format: yearFormatter('en'), fontSize: 11, orientation: 'horizontal', integer: true });
    expect(ticks.every((t) => Number.isInteger(t.value))).toBe(true);
    expect(ticks.map((t) => t.label)).toContain('2020');
  });

  it('returns no ticks when not even one label fits', () => {
    expect(ticksFor(1e9, 4)).toEqual([]);
  });
});
