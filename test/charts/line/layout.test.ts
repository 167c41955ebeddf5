import { describe, expect, it } from 'vitest';
import { lineLayout, runsOf, yearSpan } from '../../../src/charts/line/layout';
import type { LineOptions } from '../../../src/charts/line/types';
import { compactFormatter, countFormatter, yearFormatter } from '../../../src/scales/format';
import { expectHorizontalLabelsApart, expectInside, expectRowsApart } from '../overlap';
import { LINE_SERIES } from './series';

const options: LineOptions = {
  formatValue: countFormatter('en'),
  formatTick: compactFormatter('en'),
  formatYear: yearFormatter('en'),
  notes: { approx: 'Open dot: approximate', at_least: 'Triangle: lower bound', gap: 'Breaks mark years without data.' },
  direction: 'ltr',
};
const subpaths = (d: string) => (d.match(/M/g) ?? []).length;

describe('lineLayout', () => {
  it('spans every year from the first to the last', () => {
    expect(yearSpan(LINE_SERIES)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });

  it('breaks the line at a year without data instead of joining across it', () => {
    const g = lineLayout(LINE_SERIES, 800, 300, options);
    const total = g.series[0]!;
    expect(total.runs).toEqual([[2018, 2019, 2020, 2021], [2023, 2024]]);
    expect(subpaths(total.path)).toBe(2);
  });

  it('treats a year missing from the list like a null year', () => {
    expect(runsOf([{ year: 2019, value: 1 }, { year: 2020, value: null }, { year: 2021, value: 2 }])).toEqual([[2019], [2021]]);
    const national = lineLayout(LINE_SERIES, 800, 300, options).series[1]!;
    expect(national.runs).toEqual([[2019], [2021], [2023]]);
    expect(national.markers).toHaveLength(3); // isolated years stay visible as markers
  });

  it('marks approximate values with open dots and lower bounds with triangles', () => {
    const g = lineLayout(LINE_SERIES, 800, 300, options);
    expect(g.series[0]!.markers.find((m) => m.year === 2024)?.shape).toBe('open');
    expect(g.series[0]!.markers.find((m) => m.year === 2020)?.shape).toBe('dot');
    expect(g.series[1]!.markers.find((m) => m.year === 2023)?.shape).toBe('triangle');
    expect(g.notes.map((n) => n.text)).toEqual(['Open dot: approximate', 'Triangle: lower bound', 'Breaks mark years without data.']);
  });

  it('explains only the markers that appear', () => {
    const plain = [{ key: 'a', label: 'A', points: [{ year: 2020, value: 1 }, { year: 2021, value: 2 }] }];
    expect(lineLayout(plain, 800, 300, options).notes).toEqual([]);
  });

  it('puts larger values higher', () => {
    const m = lineLayout(LINE_SERIES, 800, 300, options).series[0]!.markers;
    expect(m[1]!.y).toBeLessThan(m[0]!.y);
  });

  it.each([320, 1600])('keeps axis labels apart and inside at %i px', (width) => {
    const g = lineLayout(LINE_SERIES, width, 300, options);
    expect(g.xTicks.length).toBeGreaterThanOrEqual(2);
    expectHorizontalLabelsApart(g.xTicks, g.fontSize - 1);
    expectInside(g.xTicks, g.fontSize - 1, width);
    expectRowsApart(g.yTicks.map((t) => t.y), g.fontSize);
  });

  it('mirrors x when rtl: the first year on the right, the value axis on the right', () => {
    const ltr = lineLayout(LINE_SERIES, 700, 300, options);
    const rtl = lineLayout(LINE_SERIES, 700, 300, { ...options, direction: 'rtl' });
    const first = (g: typeof ltr) => g.series[0]!.markers[0]!.x;
    const last = (g: typeof ltr) => g.series[0]!.markers.at(-1)!.x;
    expect(first(ltr)).toBeLessThan(last(ltr));
    expect(first(rtl)).toBeGreaterThan(last(rtl));
    expect(first(rtl)).toBeCloseTo(700 - first(ltr), 0);
    expect(rtl.yLabelX).toBeGreaterThan(rtl.plot.right);
  });
});
