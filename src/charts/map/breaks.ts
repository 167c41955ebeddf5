// Class breaks a reader can remember: round numbers (10, 25, 150) placed near the quantiles of the data.
import { quantileSorted } from 'd3-array';

const MANTISSAS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/** The round number (at most two significant digits) nearest to x on a log scale; 0 for x <= 0. */
export function niceNumber(x: number): number {
  if (!(x > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(x));
  let best = power;
  for (const m of MANTISSAS) {
    if (Math.abs(Math.log(m * power) - Math.log(x)) < Math.abs(Math.log(best) - Math.log(x))) best = m * power;
  }
  return Number(best.toPrecision(2));
}

/** The largest round number <= x (for size legends), 0 for x <= 0. */
export function niceFloor(x: number): number {
  if (!(x > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(x));
  let best = power;
  for (const m of MANTISSAS) if (m * power <= x * (1 + 1e-9)) best = m * power;
  return Number(best.toPrecision(2));
}

/**
 * Up to maxClasses - 1 increasing thresholds, each > min and <= max, so every class can hold data.
 * Whole-number data gets whole-number breaks.
 */
export function niceBreaks(values: readonly number[], maxClasses = 5): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined || min === max) return [];
  const integer = sorted.every(Number.isInteger);
  const k = Math.min(maxClasses, new Set(sorted).size);
  const breaks: number[] = [];
  for (let i = 1; i < k; i++) {
    const q = quantileSorted(sorted, i / k) ?? min;
    const b = integer ? Math.ceil(niceNumber(q)) : niceNumber(q);
    const last = breaks[breaks.length - 1];
    if (b > min && b <= max && (last === undefined || b > last)) breaks.push(b);
  }
  return breaks;
}
