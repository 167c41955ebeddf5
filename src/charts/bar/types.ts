import type { Qualifier, RowStatus } from '../../data/types';

/** One ranked bar: a country (or any named item) and its value; null = no published figure. */
export interface BarRow {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly qualifier?: Qualifier;
  readonly status?: RowStatus;
  readonly highlighted?: boolean;
  /** Bar colour; the theme's bar colour when absent (e.g. SDG goals carry their own). */
  readonly color?: string;
  /** A caveat read with the value, e.g. "Partial count: only the UN Volunteers with UNAMA" (tooltip, table; marked on the bar). */
  readonly caveat?: string;
  /** Where the figure comes from, named in the bar's tooltip and the chart's table. */
  readonly source?: string;
}

export interface BarOptions {
  /** Bars shown before the rest are folded into one "other" bar. Infinity = never fold. */
  readonly topN: number;
  /** Label of the "other" bar, given how many rows it holds. */
  readonly otherLabel: (count: number) => string;
  /** Label of the total, given the formatted total; null = do not show a total (e.g. overlapping goals). */
  readonly totalLabel: ((formattedTotal: string) => string) | null;
  /** Value label at the end of each bar, e.g. "more than 450". */
  readonly formatValue: (value: number, qualifier?: Qualifier) => string;
  /** Text for a row without a value. */
  readonly noDataLabel: string;
  /** Axis tick labels; compact by default. */
  readonly formatTick?: (value: number) => string;
  /** rtl: labels on the right and bars growing leftwards from them. */
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize?: number;
  /** Text of the illustrative badge, so its room can be reserved ("Illustrative" by default). */
  readonly badgeLabel?: string;
  /** Word after the value of a bar with a caveat ("partial"); none when absent. */
  readonly caveatMark?: string;
}

/** A placed bar. x is the left edge on the page whatever the direction. */
export interface BarGeometry {
  readonly key: string;
  readonly label: string;
  /** Label as drawn, shortened with an ellipsis when needed. */
  readonly shownLabel: string;
  readonly value: number | null;
  readonly qualifier: Qualifier;
  readonly status: RowStatus;
  readonly highlighted: boolean;
  readonly isOther: boolean;
  readonly color: string | undefined;
  /** The row's caveat, for the bar's tooltip; absent when it has none. */
  readonly caveat?: string;
  /** The row's source, for the bar's tooltip; absent when it has none. */
  readonly source?: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly labelX: number;
  readonly labelAlign: 'left' | 'right';
  readonly valueText: string;
  readonly valueX: number;
  readonly valueAlign: 'left' | 'right';
  readonly centerY: number;
}

export interface BarLayout {
  readonly width: number;
  readonly height: number;
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize: number;
  readonly bars: readonly BarGeometry[];
  /** Value axis along the bottom of the plot. */
  readonly axis: { readonly y: number; readonly x0: number; readonly x1: number; readonly ticks: readonly { value: number; x: number; label: string }[] };
  /** Where the bars start (value 0). */
  readonly baselineX: number;
  readonly total: { readonly text: string; readonly x: number; readonly y: number; readonly align: 'left' | 'right' } | null;
  readonly hasIllustrative: boolean;
  /** Top-right corner (top-left when rtl) reserved for the illustrative badge. */
  readonly badge: { readonly x: number; readonly y: number } | null;
}
