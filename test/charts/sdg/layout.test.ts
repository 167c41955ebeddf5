import { describe, expect, it } from 'vitest';
import { gridColumns, sdgGridLayout } from '../../../src/charts/sdg/layout';
import type { SdgGridOptions } from '../../../src/charts/sdg/types';
import { contrastRatio } from '../../../src/scales/contrast';
import { countFormatter } from '../../../src/scales/format';
import { textWidth } from '../../../src/scales/textWidth';
import { GOALS, VALUES } from './goals';

const options: SdgGridOptions = { formatValue: countFormatter('en'), noDataLabel: 'No data', note: 'Goals overlap, so values are not summed.', direction: 'ltr' };

describe('sdgGridLayout', () => {
  it('draws all 17 goals in order, writing "No data" where there is no value', () => {
    const g = sdgGridLayout(GOALS, VALUES, 900, 400, options);
    expect(g.tiles.map((t) => t.goal)).toEqual(GOALS.map((goal) => goal.goal));
    expect(g.tiles.filter((t) => t.valueText === 'No data')).toHaveLength(12);
    expect(g.tiles.find((t) => t.goal === 5)?.valueText).toBe('about 950');
    expect(g.tiles.find((t) => t.goal === 13)?.valueText).toBe('more than 75');
  });

  it('accepts values as a Map as well as a list', () => {
    const map = new Map(VALUES.map((v) => [v.goal, v]));
    expect(sdgGridLayout(GOALS, map, 900, 400, options).tiles).toEqual(sdgGridLayout(GOALS, VALUES, 900, 400, options).tiles);
  });

  it('chooses text with at least 4.5:1 contrast on every tile', () => {
    for (const tile of sdgGridLayout(GOALS, VALUES, 900, 400, options).tiles) {
      expect(contrastRatio(tile.color, tile.textColor), `goal ${tile.goal}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('fits fewer columns when narrow, never more than six', () => {
    expect(gridColumns(320, 120)).toBe(2);
    expect(gridColumns(720, 120)).toBe(5);
    expect(gridColumns(1600, 120)).toBe(6);
    expect(gridColumns(100, 120)).toBe(1);
  });

  it.each([320, 1600])('keeps tiles apart and every text inside its tile at %i px', (width) => {
    const g = sdgGridLayout(GOALS, VALUES, width, 400, options);
    for (const t of g.tiles) {
      expect(t.x).toBeGreaterThanOrEqual(0);
      expect(t.x + t.width).toBeLessThanOrEqual(width + 0.5);
      for (const line of [...t.nameLines, t.valueText]) expect(textWidth(line, g.fontSize)).toBeLessThanOrEqual(t.width - 16);
      expect(t.valueY - (t.nameY + (t.nameLines.length - 1) * (g.fontSize + 2))).toBeGreaterThanOrEqual(g.fontSize);
    }
    const boxes = g.tiles.map((t) => [t.x, t.y, t.x + t.width, t.y + t.height] as const);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i]!, boxes[j]!];
        expect(a[2] <= b[0] || b[2] <= a[0] || a[3] <= b[1] || b[3] <= a[1], `tiles ${i + 1} and ${j + 1} overlap`).toBe(true);
      }
    expect(g.noteY).toBeGreaterThan(Math.max(...g.tiles.map((t) => t.y + t.height)));
  });

  it('starts with goal 1 at the top right when rtl', () => {
    const g = sdgGridLayout(GOALS, VALUES, 900, 400, { ...options, direction: 'rtl' });
    const [one, two] = g.tiles;
    expect(one!.x + one!.width).toBeCloseTo(900, 0);
    expect(two!.x).toBeLessThan(one!.x);
    expect(g.textAlign).toBe('right');
  });
});
