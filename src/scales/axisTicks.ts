// Chooses how many axis ticks fit a given length so that no two tick labels overlap.
import { ticks as d3ticks } from 'd3-array';
import { textWidth } from './textWidth';
import { round1 } from './round';

export interface AxisTick {
  readonly value: number;
  /** Pixel position along the axis (x for horizontal axes, y for vertical ones). */
  readonly pos: number;
  readonly label: string;
  /** Estimated label extent along the axis, px. */
  readonly extent: number;
}

export interface FitTicksOptions {
  readonly domain: readonly [number, number];
  /** Maps a value to its pixel position. */
  readonly scale: (value: number) => number;
  /** Labels must stay inside [min, max] px along the axis. */
  readonly bounds: readonly [number, number];
  readonly format: (value: number) => string;
  readonly fontSize: number;
  readonly orientation: 'horizontal' | 'vertical';
  /** Only whole-number ticks (years, counts). */
  readonly integer?: boolean;
  /** Smallest free space between neighbouring labels, px. */
  readonly gap?: number;
  /** Preferred space per tick, px; fewer ticks are tried until the labels fit. */
  readonly spacing?: number;
}

function place(values: readonly number[], o: FitTicksOptions): AxisTick[] {
  return values.map((value) => {
    const label = o.format(value);
    const extent = o.orientation === 'horizontal' ? textWidth(label, o.fontSize) : o.fontSize;
    return { value, pos: round1(o.scale(value)), label, extent };
  });
}

/** True when every label lies inside the bounds and no two labels come closer than gap. */
export function ticksFit(ticks: readonly AxisTick[], bounds: readonly [number, number], gap: number): boolean {
  const [lo, hi] = bounds[0] <= bounds[1] ? bounds : [bounds[1], bounds[0]];
  const sorted = [...ticks].sort((a, b) => a.pos - b.pos);
  for (let i = 0; i < sorted.length; i++) {
    const t = sorted[i]!;
    if (t.pos - t.extent / 2 < lo - 0.5 || t.pos + t.extent / 2 > hi + 0.5) return false;
    const next = sorted[i + 1];
    if (next && next.pos - t.pos < (t.extent + next.extent) / 2 + gap) return false;
  }
  return true;
}

/** Ticks for the axis: as many as fit, fewer when the axis is short, none when not even one label fits. */
export function fitTicks(o: FitTicksOptions): AxisTick[] {
  const gap = o.gap ?? 8;
  const length = Math.abs(o.bounds[1] - o.bounds[0]);
  const spacing = o.spacing ?? (o.orientation === 'horizontal' ? 70 : 36);
  const [lo, hi] = o.domain;
  if (!(hi >= lo) || !Number.isFinite(lo) || !Number.isFinite(hi)) return [];
  const wanted = Math.max(1, Math.floor(length / spacing));
  for (let count = wanted; count >= 1; count--) {
    let values = lo === hi ? [lo] : d3ticks(lo, hi, count);
    if (o.integer) values = values.filter(Number.isInteger);
    const placed = place(values, o);
    if (placed.length > 0 && ticksFit(placed, o.bounds, gap)) return placed;
  }
  // Last resort: the single end that fits (usually the domain start).
  for (const value of [lo, hi]) {
    const one = place([value], o);
    if (ticksFit(one, o.bounds, gap)) return one;
  }
  return [];
}
