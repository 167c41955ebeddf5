// Colour classes and size steps for the legend, from the drawn values.
import { scaleSqrt, type ScalePower } from 'd3-scale';
import { niceBreaks, niceFloor } from './breaks';
import { classColors } from './palette';
import type { ColorClass, SizeStep } from './types';

export interface ColorScale {
  readonly classes: readonly ColorClass[];
  readonly integer: boolean;
  colorOf(value: number): string;
}

/** Threshold classes over the values; a value below the first break takes the lightest colour. */
export function colorScale(values: readonly number[]): ColorScale {
  const finite = values.filter(Number.isFinite);
  const integer = finite.every(Number.isInteger);
  const min = finite.length ? Math.min(...finite) : 0;
  const max = finite.length ? Math.max(...finite) : 0;
  const breaks = niceBreaks(finite);
  const colors = classColors(breaks.length + 1, max === 0);
  const classes = colors.map((color, i): ColorClass => {
    const from = i === 0 ? min : (breaks[i - 1] ?? min);
    const next = breaks[i];
    const to = next === undefined ? max : integer ? next - 1 : next;
    return { from, to: Math.max(from, to), color };
  });
  const colorOf = (value: number): string => {
    let i = 0;
    while (i < breaks.length && value >= (breaks[i] ?? Infinity)) i++;
    return colors[i] ?? colors[0] ?? '#000';
  };
  return { classes, integer, colorOf };
}

/** Circle radius by area: r = rMax * sqrt(value / max). */
export function sizeScale(max: number, rMax: number): ScalePower<number, number> {
  return scaleSqrt().domain([0, max > 0 ? max : 1]).range([0, rMax]);
}

/** Up to three round reference values for the size legend, largest first. */
export function sizeSteps(max: number, radius: (v: number) => number): SizeStep[] {
  const top = niceFloor(max);
  const values = [top, niceFloor(top / 4), niceFloor(top / 16)].filter((v, i, all) => v > 0 && all.indexOf(v) === i);
  return values.map((value) => ({ value, r: radius(value) }));
}
