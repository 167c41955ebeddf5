// Splits a row chart's width into label column, plot and value column so that none overflows.

export interface Columns {
  /** Width of the name column (names are shortened to fit it). */
  readonly label: number;
  /** Width kept free after the longest bar for its value label. */
  readonly value: number;
}

const MIN_PLOT = 60;

/**
 * Value labels get their full width first (up to 45% of the chart), names at most labelShare of the width,
 * and the plot keeps at least MIN_PLOT px (or a quarter of tiny charts).
 */
export function splitColumns(width: number, longestLabel: number, longestValue: number, labelShare: number, gap = 6): Columns {
  const value = Math.min(longestValue + gap, width * 0.45);
  const plot = Math.min(MIN_PLOT, width * 0.25);
  const label = Math.max(Math.min(40, width * 0.2), Math.min(longestLabel + gap * 2, width * labelShare, width - value - plot));
  // Rounded up, so a name measured to fit exactly is not shortened by rounding.
  return { label: Math.ceil(label * 10) / 10, value: Math.ceil(value * 10) / 10 };
}
