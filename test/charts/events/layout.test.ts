import { describe, expect, it } from 'vitest';
import { byDate, eventsLayout, SIDE_BY_SIDE_MIN } from '../../../src/charts/events/layout';
import type { EventsOptions } from '../../../src/charts/events/types';
import { compactFormatter, countFormatter } from '../../../src/scales/format';
import { textWidth } from '../../../src/scales/textWidth';
import { expectHorizontalLabelsApart, expectInside, expectRowsApart } from '../overlap';
import { EVENT_ROWS } from './rows';

const options: EventsOptions = {
  formatValue: countFormatter('en'),
  formatTick: compactFormatter('en'),
  noDataLabel: 'No data',
  metricLabels: { delegates: 'Delegates', countries: 'Countries' },
  direction: 'ltr',
};

describe('eventsLayout', () => {
  it('orders events oldest first', () => {
    expect(byDate(EVENT_ROWS).map((e) => e.key)).toEqual(['cavf-2022', 'ivf-2023', 'rally-2024']);
  });

  it('gives delegates and countries their own panel and scale', () => {
    const g = eventsLayout(EVENT_ROWS, 900, 240, options);
    expect(g.panels.map((p) => p.title)).toEqual(['Delegates', 'Countries']);
    const [delegates, countries] = g.panels;
    // 34 countries fills the countries panel as 600 delegates fills the delegates panel
    const widest = (p: typeof delegates) => Math.max(...p!.bars.map((b) => b.width));
    expect(countries!.bars.find((b) => b.key === 'ivf-2023')!.width).toBe(widest(countries));
    expect(delegates!.bars.find((b) => b.key === 'cavf-2022')!.width).toBe(widest(delegates));
  });

  it('says "No data" where a figure is missing and draws no bar for it', () => {
    const countries = eventsLayout(EVENT_ROWS, 900, 240, options).panels[1]!;
    const cavf = countries.bars.find((b) => b.key === 'cavf-2022')!;
    expect(cavf.valueText).toBe('No data');
    expect(cavf.width).toBe(0);
  });

  it('sets panels side by side when wide and one above the other when narrow', () => {
    expect(eventsLayout(EVENT_ROWS, SIDE_BY_SIDE_MIN, 240, options).arrangement).toBe('side');
    const narrow = eventsLayout(EVENT_ROWS, 320, 240, options);
    expect(narrow.arrangement).toBe('stacked');
    expect(narrow.panels[1]!.top).toBeGreaterThan(narrow.panels[0]!.axisY);
  });

  it.each([320, 1600])('keeps labels apart and inside at %i px', (width) => {
    const g = eventsLayout(EVENT_ROWS, width, 240, options);
    for (const p of g.panels) {
      expect(p.ticks.length).toBeGreaterThanOrEqual(2);
      expectHorizontalLabelsApart(p.ticks, g.fontSize - 1);
      expectInside(p.ticks, g.fontSize - 1, width);
      for (const b of p.bars) expect(b.valueX + textWidth(b.valueText, g.fontSize)).toBeLessThanOrEqual(width + 0.5);
      const labels = p.labels ?? g.sharedLabels ?? [];
      expectRowsApart(labels.flatMap((l) => [l.nameY, l.dateY]), g.fontSize - 1);
      for (const l of labels) expect(l.x - textWidth(l.shownName, g.fontSize)).toBeGreaterThanOrEqual(-0.5);
    }
    if (g.arrangement === 'side') expect(g.panels[1]!.baselineX).toBeGreaterThan(Math.max(...g.panels[0]!.bars.map((b) => b.valueX + textWidth(b.valueText, g.fontSize))));
  });

  it('mirrors x when rtl', () => {
    const ltr = eventsLayout(EVENT_ROWS, 900, 240, options);
    const rtl = eventsLayout(EVENT_ROWS, 900, 240, { ...options, direction: 'rtl' });
    ltr.panels.forEach((p, k) => {
      const q = rtl.panels[k]!;
      expect(q.baselineX).toBeCloseTo(900 - p.baselineX, 0);
      p.bars.forEach((b, i) => expect(q.bars[i]!.x + q.bars[i]!.width).toBeCloseTo(900 - b.x, 0));
    });
    expect(rtl.labelAlign).toBe('left');
  });
});
