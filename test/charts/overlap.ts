// Checks used by every chart kind's layout tests: placed labels must not collide.
import { expect } from 'vitest';
import { textWidth } from '../../src/scales/textWidth';

/** Horizontal tick labels centred at x: neighbours keep at least `gap` px apart. */
export function expectHorizontalLabelsApart(ticks: readonly { x: number; label: string }[], fontSize: number, gap = 4): void {
  const sorted = [...ticks].sort((a, b) => a.x - b.x);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const room = b.x - a.x - (textWidth(a.label, fontSize) + textWidth(b.label, fontSize)) / 2;
    expect(room, `"${a.label}" and "${b.label}" overlap`).toBeGreaterThanOrEqual(gap);
  }
}

/** Every label centred at x lies inside [0, width]. */
export function expectInside(ticks: readonly { x: number; label: string }[], fontSize: number, width: number): void {
  for (const t of ticks) {
    const half = textWidth(t.label, fontSize) / 2;
    expect(t.x - half, `"${t.label}" leaves the chart`).toBeGreaterThanOrEqual(-0.5);
    expect(t.x + half, `"${t.label}" leaves the chart`).toBeLessThanOrEqual(width + 0.5);
  }
}

/** Rows of text centred at y: neighbours at least one line apart. */
export function expectRowsApart(ys: readonly number[], lineHeight: number): void {
  const sorted = [...ys].sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(lineHeight);
}
