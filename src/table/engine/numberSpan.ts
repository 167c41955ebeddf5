// The smallest and largest value of a number column, missing values (NaN) skipped, and whether all are integers:
// what decides if its values can be coded or ranked by value - min (keyMixes.ts, rankKeys.ts).
export interface NumberSpan {
  /** Infinity / -Infinity when every value is missing. */
  readonly min: number;
  readonly max: number;
  readonly integers: boolean;
}

export function numberSpan(values: Float64Array): NumberSpan {
  let min = Infinity, max = -Infinity, integers = true;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v !== v) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    if (integers && v !== Math.floor(v)) integers = false;
  }
  return { min, max, integers };
}
