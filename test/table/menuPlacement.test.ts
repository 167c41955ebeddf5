import { describe, expect, it } from 'vitest';
import { placeMenu, type Box, type Placement } from '../../src/table/menuPlacement';

const viewport = { width: 640, height: 900 };
const box = (left: number, top: number, width = 80, height = 30): Box => ({ left, top, right: left + width, bottom: top + height });

const cases: ReadonlyArray<{ description: string; anchor: Box; panel: { width: number; height: number }; dir: 'ltr' | 'rtl'; expected: Partial<Placement> }> = [
  { description: 'room everywhere: under the button, at its start edge', anchor: box(100, 200), panel: { width: 200, height: 150 }, dir: 'ltr', expected: { left: 100, top: 230 } },
  { description: 'right to left: lined up with the button\'s right edge', anchor: box(300, 200), panel: { width: 200, height: 150 }, dir: 'rtl', expected: { left: 180, top: 230 } },
  { description: 'a button near the right edge: moved left to fit', anchor: box(580, 200, 50), panel: { width: 200, height: 150 }, dir: 'ltr', expected: { left: 432 } },
  { description: 'right to left near the left edge: moved right to fit', anchor: box(10, 200, 50), panel: { width: 200, height: 150 }, dir: 'rtl', expected: { left: 8 } },
  { description: 'a button half off the left edge', anchor: box(-40, 200), panel: { width: 200, height: 150 }, dir: 'ltr', expected: { left: 8 } },
  { description: 'wider than the screen: as wide as the screen allows', anchor: box(300, 200), panel: { width: 900, height: 150 }, dir: 'ltr', expected: { left: 8, maxWidth: 624 } },
  { description: 'no room below: opens above', anchor: box(100, 800), panel: { width: 200, height: 300 }, dir: 'ltr', expected: { top: 500, maxHeight: 300 } },
  { description: 'little room either way: the larger side, shrunk to fit', anchor: box(100, 500, 80, 30), panel: { width: 200, height: 800 }, dir: 'ltr', expected: { top: 8, maxHeight: 492 } },
  { description: 'more room below: opens below and scrolls inside', anchor: box(100, 300), panel: { width: 200, height: 800 }, dir: 'ltr', expected: { top: 330, maxHeight: 562 } },
];

describe('placeMenu', () => {
  it.each(cases)('$description', ({ anchor, panel, dir, expected }) => {
    const placed = placeMenu(anchor, panel, viewport, dir);
    expect(placed).toMatchObject(expected);
    // Whatever the case, the panel as drawn stays inside the viewport.
    const width = Math.min(panel.width, placed.maxWidth);
    const height = Math.min(panel.height, placed.maxHeight);
    expect(placed.left).toBeGreaterThanOrEqual(0);
    expect(placed.left + width).toBeLessThanOrEqual(viewport.width);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.top + height).toBeLessThanOrEqual(viewport.height);
  });
});
