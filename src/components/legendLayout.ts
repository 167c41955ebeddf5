// Places legend entries in rows that wrap at the chart width (right to left when rtl).
import { round1 } from '../scales/round';
import { textWidth, truncate } from '../scales/textWidth';

export interface LegendEntry {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** Swatch position (page coordinates, top-left). */
  readonly x: number;
  readonly y: number;
  readonly textX: number;
}

const SWATCH = 12;
const SWATCH_GAP = 5;
const ITEM_GAP = 16;
export const LEGEND_ROW = 20;

/** Entries placed within [x0, x0 + width]. */
export function legendLayout(items: readonly { key: string; label: string; color: string }[], width: number, fontSize: number, rtl: boolean, x0 = 0): { entries: LegendEntry[]; height: number } {
  const entries: LegendEntry[] = [];
  let cursor = 0;
  let row = 0;
  for (const item of items) {
    const label = truncate(item.label, width - SWATCH - SWATCH_GAP, fontSize);
    const w = SWATCH + SWATCH_GAP + textWidth(label, fontSize);
    if (cursor > 0 && cursor + w > width) {
      row += 1;
      cursor = 0;
    }
    const start = rtl ? x0 + width - cursor : x0 + cursor;
    const swatchX = rtl ? start - SWATCH : start;
    const y = row * LEGEND_ROW + (LEGEND_ROW - SWATCH) / 2;
    entries.push({ key: item.key, label, color: item.color, x: round1(swatchX), y: round1(y), textX: round1(rtl ? swatchX - SWATCH_GAP : swatchX + SWATCH + SWATCH_GAP) });
    cursor += w + ITEM_GAP;
  }
  return { entries, height: items.length ? (row + 1) * LEGEND_ROW : 0 };
}
