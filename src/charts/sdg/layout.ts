// The 17-goal tile grid: goals + values + width -> tiles with legible text. Pure.
import { textColorOn } from '../../scales/contrast';
import { round1 } from '../../scales/round';
import { truncate, wrap } from '../../scales/textWidth';
import { valuesByGoal } from './values';
import type { SdgGoal, SdgGridLayout, SdgGridOptions, SdgTile, SdgValues } from './types';

const GAP = 6;
const PAD = 8;
const MAX_COLUMNS = 6;
const NOTE_LINE = 16;
/** Bold text runs about a tenth wider than the regular estimate. */
const BOLD = 1.1;

/** Columns that fit at the given width: 1..6 (six is the official arrangement). */
export function gridColumns(width: number, minTile: number): number {
  return Math.max(1, Math.min(MAX_COLUMNS, Math.floor((width + GAP) / (minTile + GAP))));
}

/** Height is a hint: the grid takes the rows it needs and reports its real height. */
export function sdgGridLayout(goals: readonly SdgGoal[], values: SdgValues, width: number, _height: number, options: SdgGridOptions): SdgGridLayout {
  const fontSize = options.fontSize ?? 12;
  const rtl = options.direction === 'rtl';
  const byGoal = valuesByGoal(values);
  const ordered = [...goals].sort((a, b) => a.goal - b.goal);
  const columns = gridColumns(width, options.minTileWidth ?? 120);
  const tileW = (width - GAP * (columns - 1)) / columns;
  const numberSize = Math.round(fontSize * 1.9);
  const nameLines = tileW < 220 ? 3 : 2;
  const tileH = Math.max(PAD * 2 + numberSize + nameLines * (fontSize + 2) + fontSize + 18, Math.min(tileW * 0.7, 150));
  const formatGoal = options.formatGoal ?? String;
  const textWidthMax = tileW - PAD * 2;

  const tiles: SdgTile[] = ordered.map((g, i) => {
    const col = i % columns;
    const row = Math.floor(i / columns);
    const x = rtl ? width - (col + 1) * tileW - col * GAP : col * (tileW + GAP);
    const y = row * (tileH + GAP);
    const v = byGoal.get(g.goal);
    const value = v && v.value !== null && Number.isFinite(v.value) ? v.value : null;
    return {
      goal: g.goal,
      number: formatGoal(g.goal),
      name: g.name,
      nameLines: wrap(g.name, textWidthMax, fontSize * BOLD, nameLines),
      color: g.color,
      textColor: textColorOn(g.color),
      value,
      valueText: truncate(value === null ? options.noDataLabel : options.formatValue(value, v?.qualifier ?? 'exact'), textWidthMax, (fontSize + 1) * BOLD),
      status: v?.status ?? 'reported',
      x: round1(x),
      y: round1(y),
      width: round1(tileW),
      height: round1(tileH),
      textX: round1(rtl ? x + tileW - PAD : x + PAD),
      numberY: round1(y + PAD + numberSize / 2),
      nameY: round1(y + PAD + numberSize + 4 + fontSize / 2),
      valueY: round1(y + tileH - PAD - fontSize / 2 - 1),
    };
  });

  const rows = Math.ceil(ordered.length / columns);
  // No goals yet (data still loading): an empty grid, never a negative height.
  const gridH = rows === 0 ? 0 : rows * tileH + (rows - 1) * GAP;
  const noteLines = options.note ? wrap(options.note, width - 4, fontSize - 1, 3) : [];
  const noteY = gridH + 10 + NOTE_LINE / 2;
  return {
    width,
    height: round1(gridH + (noteLines.length ? 10 + noteLines.length * NOTE_LINE : 0)),
    direction: options.direction,
    fontSize,
    columns,
    tiles,
    textAlign: rtl ? 'right' : 'left',
    noteLines,
    noteX: rtl ? width - 2 : 2,
    noteY: round1(noteY),
    hasIllustrative: tiles.some((t) => t.value !== null && t.status === 'illustrative'),
  };
}
