import { describe, expect, it } from 'vitest';
import { barLayout } from '../../../src/charts/bar/layout';
import { illustrativeBadgeSize } from '../../../src/components/IllustrativeBadge';
import type { BarOptions } from '../../../src/charts/bar/types';
import { compactFormatter, countFormatter } from '../../../src/scales/format';
import { textWidth } from '../../../src/scales/textWidth';
import { expectHorizontalLabelsApart, expectInside, expectRowsApart } from '../overlap';
import { BAR_ROWS } from './rows';

const options: BarOptions = {
  topN: 5,
  otherLabel: (n) => `Other (${n} countries)`,
  totalLabel: (v) => `Total: ${v}`,
  formatValue: countFormatter('en'),
  noDataLabel: 'No data',
  formatTick: compactFormatter('en'),
  direction: 'ltr',
};

describe('barLayout', () => {
  it('draws the top N, one "other" bar and the total', () => {
    const g = barLayout(BAR_ROWS, 600, 300, options);
    expect(g.bars).toHaveLength(6);
    expect(g.bars.at(-1)?.label).toBe('Other (3 countries)');
    expect(g.bars.at(-1)?.valueText).toBe('more than 21');
    expect(g.total?.text).toBe('Total: about 746');
  });

  it('orders bars largest first, top to bottom, with longer bars for larger values', () => {
    const g = barLayout(BAR_ROWS, 600, 300, options);
    for (let i = 1; i < g.bars.length - 1; i++) {
      expect(g.bars[i]!.y).toBeGreaterThan(g.bars[i - 1]!.y);
      expect(g.bars[i]!.width).toBeLessThanOrEqual(g.bars[i - 1]!.width);
    }
  });

  it('shows no total when asked not to (overlapping categories)', () => {
    expect(barLayout(BAR_ROWS, 600, 300, { ...options, totalLabel: null }).total).toBeNull();
  });

  it('flags illustrative rows and reserves the badge', () => {
    const g = barLayout(BAR_ROWS, 600, 300, options);
    expect(g.hasIllustrative).toBe(true);
    expect(g.bars.find((b) => b.key === 'CHN')?.status).toBe('illustrative');
    expect(barLayout(BAR_ROWS.filter((r) => r.status !== 'illustrative'), 600, 300, options).badge).toBeNull();
  });

  it('writes "No data" for a row without a value and gives it no bar', () => {
    const g = barLayout(BAR_ROWS, 600, 300, { ...options, topN: 20 });
    const kgz = g.bars.find((b) => b.key === 'KGZ');
    expect(kgz?.valueText).toBe('No data');
    expect(kgz?.width).toBe(0);
  });

  it.each([320, 1600])('keeps every label apart and inside the chart at %i px', (width) => {
    const g = barLayout(BAR_ROWS, width, 300, options);
    expectHorizontalLabelsApart(g.axis.ticks, g.fontSize - 1);
    expectInside(g.axis.ticks, g.fontSize - 1, width);
    expectRowsApart(g.bars.map((b) => b.centerY), g.fontSize);
    for (const b of g.bars) {
      const labelRoom = b.labelAlign === 'right' ? b.labelX : width - b.labelX;
      expect(textWidth(b.shownLabel, g.fontSize)).toBeLessThanOrEqual(labelRoom);
      expect(b.valueX + textWidth(b.valueText, g.fontSize)).toBeLessThanOrEqual(width + 0.5);
      // value text starts after the label column: the two never collide
      expect(b.valueX).toBeGreaterThan(b.labelX);
    }
    // the total never runs into the illustrative badge in the top corner
    expect(g.total!.x + textWidth(g.total!.text, g.fontSize)).toBeLessThanOrEqual(width - illustrativeBadgeSize('Illustrative').width);
  });

  it('shortens long names at 320 px but keeps the full name', () => {
    const g = barLayout(BAR_ROWS, 320, 300, options);
    const iran = g.bars.find((b) => b.key === 'IRN');
    expect(iran?.shownLabel).toMatch(/…$/);
    expect(iran?.label).toBe('Iran (Islamic Republic of)');
    expect(barLayout(BAR_ROWS, 1600, 300, options).bars.find((b) => b.key === 'IRN')?.shownLabel).toBe('Iran (Islamic Republic of)');
  });

  it('grows taller instead of squeezing rows when the height is too small', () => {
    const g = barLayout(BAR_ROWS, 600, 60, { ...options, topN: 20 });
    expect(g.height).toBeGreaterThan(60);
    expectRowsApart(g.bars.map((b) => b.centerY), g.fontSize + 4);
  });

  it('mirrors x when rtl: bars grow leftwards from the labels on the right', () => {
    const width = 600;
    const ltr = barLayout(BAR_ROWS, width, 300, options);
    const rtl = barLayout(BAR_ROWS, width, 300, { ...options, direction: 'rtl' });
    ltr.bars.forEach((a, i) => {
      const b = rtl.bars[i]!;
      expect(b.width).toBeCloseTo(a.width, 0);
      expect(b.x + b.width).toBeCloseTo(width - a.x, 0);
      expect(b.labelX).toBeCloseTo(width - a.labelX, 0);
      expect(b.labelAlign).toBe('left');
    });
    expect(rtl.baselineX).toBeCloseTo(width - ltr.baselineX, 0);
    const first = rtl.axis.ticks.find((t) => t.value === 0);
    expect(first?.x).toBeCloseTo(rtl.baselineX, 0);
  });
});

describe('barLayout: a partial figure', () => {
  const rows = [
    { key: 'LKA', label: 'Sri Lanka', value: 112, qualifier: 'exact' as const },
    { key: 'AFG', label: 'Afghanistan', value: 89, qualifier: 'at_least' as const, caveat: 'Partial count: only the UN Volunteers with UNAMA' },
  ];

  it('marks the value of the bar with a caveat and keeps the caveat for its tooltip; a whole figure has neither', () => {
    const g = barLayout(rows, 600, 200, { ...options, caveatMark: 'partial' });
    const [lka, afg] = g.bars;
    expect(afg?.valueText).toBe('more than 89 \u00b7 partial');
    expect(afg?.caveat).toBe('Partial count: only the UN Volunteers with UNAMA');
    expect(lka?.valueText).toBe('112');
    expect(lka && 'caveat' in lka).toBe(false);
  });
});
