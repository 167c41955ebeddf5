// Panel heights in the dashboard's grid.
export const CHART_HEIGHT = 340;

/** Row charts take the height their rows need, up to `max` (one bar does not float in a tall box). */
export const rowsHeight = (rows: number, header = 60, max = CHART_HEIGHT) => Math.min(max, Math.max(140, header + rows * 40));
