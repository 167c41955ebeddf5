import { describe, expect, it } from 'vitest';
import { seriesOf, stackedLayout } from '../../../src/charts/stacked/layout';
import type { StackedOptions } from '../../../src/charts/stacked/types';
import { compactFormatter, countFormatter } from '../../../src/scales/format';
import { textWidth } from '../../../src/scales/textWidth';
import { expectHorizontalLabelsApart, expectInside, expectRowsApart } from '../overlap';
import { STACKED_ROWS } from './rows';

const options: StackedOptions = { formatValue: countFormatter('en'), formatTick: compactFormatter('en'), noDataLabel: 'No data', direction: 'ltr' };

describe('stackedLayout', () => {
  it('puts segments end to end and labels each bar with its total', () => {
    const g = stackedLayout(STACKED_ROWS, 800, 260, options);
    const ssa = g.bars[0]!;
    const [nat, intl] = ssa.segments;
    expect(intl!.x).toBeCloseTo(nat!.x + nat!.width, 0);
    expect(ssa.totalText).toBe('5,299');
    expect(intl!.width / nat!.width).toBeCloseTo(1899 / 3400, 1);
  });

  it('says which part is missing instead of inventing a total', () => {
    const g = stackedLayout(STACKED_ROWS, 800, 260, options);
    expect(g.bars[3]!.totalText).toBe('56 national; international not published');
    expect(g.bars[3]!.complete).toBe(false);
    expect(g.bars[3]!.segments[1]!.valueText).toBe('No data');
    expect(g.bars.map((b) => b.totalText)).not.toContain('more than 56');
  });

  it('keeps the scale of complete bars when a short bar has a long missing-part text', () => {
    const complete = stackedLayout(STACKED_ROWS.slice(0, 3), 800, 260, options);
    const withKaz = stackedLayout(STACKED_ROWS, 800, 260, options);
    expect(withKaz.bars[0]!.segments[0]!.width).toBeCloseTo(complete.bars[0]!.segments[0]!.width, 0);
  });

  it('puts a missing-part text that does not fit on one line on two, inside the chart', () => {
    const g = stackedLayout([STACKED_ROWS[3]!], 320, 120, options);
    const b = g.bars[0]!;
    expect(b.fullTotalText).toBe('56 national; international not published');
    expect(b.totalLines.map((l) => l.text).join(' ')).toBe('56 national; international not published');
    expect(b.totalLines.length).toBeGreaterThan(1);
    expect(b.totalLines[1]!.y - b.totalLines[0]!.y).toBeGreaterThanOrEqual(g.fontSize);
    for (const l of b.totalLines) expect(b.totalX + textWidth(l.text, g.fontSize)).toBeLessThanOrEqual(320 + 0.5);
  });

  it('shortens it on one line when the rows are too close for two', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ ...STACKED_ROWS[3]!, key: `k${i}` }));
    const g = stackedLayout(many, 300, 200, options);
    for (const b of g.bars) {
      expect(b.totalLines).toHaveLength(1);
      expect(b.totalX + textWidth(b.totalLines[0]!.text, g.fontSize)).toBeLessThanOrEqual(300 + 0.5);
    }
  });

  it('marks highlighted rows', () => {
    const g = stackedLayout(STACKED_ROWS.map((r) => ({ ...r, highlighted: r.key === 'KAZ' })), 800, 260, options);
    expect(g.bars.map((b) => b.highlighted)).toEqual([false, false, false, true]);
  });

  it('lists each series once in the legend, in first-seen order, with its colour', () => {
    expect(seriesOf(STACKED_ROWS).map((s) => s.key)).toEqual(['national', 'international']);
    const g = stackedLayout(STACKED_ROWS, 800, 260, options);
    expect(g.legend.map((e) => e.color)).toEqual(['#0072B2', '#E69F00']);
  });

  it('writes a value inside a segment only when it fits, in a legible colour', () => {
    const g = stackedLayout(STACKED_ROWS, 800, 260, options);
    for (const s of g.bars.flatMap((b) => b.segments)) {
      if (s.inside) expect(textWidth(s.inside, g.fontSize - 1)).toBeLessThan(s.width);
    }
    expect(g.bars[0]!.segments[0]!.inside).toBe('3.4K');
    expect(g.bars[0]!.segments[0]!.textColor).toBe('#ffffff');
  });

  it.each([320, 1600])('keeps labels apart and inside at %i px', (width) => {
    const g = stackedLayout(STACKED_ROWS, width, 260, options);
    expectHorizontalLabelsApart(g.axis.ticks, g.fontSize - 1);
    expectInside(g.axis.ticks, g.fontSize - 1, width);
    expectRowsApart(g.bars.map((b) => b.centerY), g.fontSize);
    for (const b of g.bars) expect(b.totalX + textWidth(b.totalText, g.fontSize)).toBeLessThanOrEqual(width + 0.5);
    // legend entries on one row do not overlap
    const row0 = g.legend.filter((e) => e.y === g.legend[0]!.y);
    for (let i = 1; i < row0.length; i++) expect(row0[i]!.x).toBeGreaterThan(row0[i - 1]!.textX + textWidth(row0[i - 1]!.label, g.fontSize));
  });

  it('wraps the legend onto more rows when narrow', () => {
    const many = [{ key: 'x', label: 'Row', segments: ['Alpha series', 'Bravo series', 'Charlie series', 'Delta series'].map((label, i) => ({ key: `s${i}`, label, value: 10 })) }];
    const narrow = stackedLayout(many, 320, 200, options);
    const wide = stackedLayout(many, 1600, 200, options);
    expect(new Set(narrow.legend.map((e) => e.y)).size).toBeGreaterThan(1);
    expect(new Set(wide.legend.map((e) => e.y)).size).toBe(1);
  });

  it('mirrors x when rtl', () => {
    const ltr = stackedLayout(STACKED_ROWS, 700, 260, options);
    const rtl = stackedLayout(STACKED_ROWS, 700, 260, { ...options, direction: 'rtl' });
    const a = ltr.bars[0]!.segments[0]!;
    const b = rtl.bars[0]!.segments[0]!;
    expect(b.x + b.width).toBeCloseTo(700 - a.x, 0);
    expect(rtl.baselineX).toBeCloseTo(700 - ltr.baselineX, 0);
    expect(rtl.legend[0]!.x).toBeGreaterThan(rtl.legend[1]!.x);
  });
});
