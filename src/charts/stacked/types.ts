import type { Qualifier, RowStatus } from '../../data/types';
import type { LegendEntry } from '../../components/legendLayout';

/** One part of a bar, e.g. national or international placements; null = not published. */
export interface StackSegment {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly color?: string;
  readonly qualifier?: Qualifier;
  readonly status?: RowStatus;
}

export interface StackedRow {
  readonly key: string;
  readonly label: string;
  readonly segments: readonly StackSegment[];
  /** A selected country: bold label and an outline round the bar. */
  readonly highlighted?: boolean;
}

export interface StackedOptions {
  /** Bar-end label (the row total) and in-segment labels. */
  readonly formatValue: (value: number, qualifier?: Qualifier) => string;
  readonly formatTick?: (value: number) => string;
  readonly noDataLabel: string;
  /** "65 national": a known part of a bar whose other part is missing (English default). */
  readonly formatPart?: (value: string, label: string) => string;
  /** "international not published" (English default). */
  readonly missingPart?: (label: string) => string;
  /** Between those phrases; "; " by default. */
  readonly join?: string;
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize?: number;
  /** Text of the illustrative badge, so its room can be reserved ("Illustrative" by default). */
  readonly badgeLabel?: string;
}

export interface SegmentGeometry {
  readonly key: string;
  readonly label: string;
  readonly value: number | null;
  readonly qualifier: Qualifier;
  readonly status: RowStatus;
  readonly color: string;
  readonly textColor: string;
  readonly x: number;
  readonly width: number;
  /** Value drawn inside the segment when it fits, else null. */
  readonly inside: string | null;
  readonly insideX: number;
  readonly valueText: string;
}

export interface StackedBarGeometry {
  readonly key: string;
  readonly label: string;
  readonly shownLabel: string;
  readonly y: number;
  readonly height: number;
  readonly centerY: number;
  readonly labelX: number;
  readonly segments: readonly SegmentGeometry[];
  readonly highlighted: boolean;
  /** Every part known: totalText is their sum; else it says which part is missing. */
  readonly complete: boolean;
  /** Full bar-end text; totalText may be shortened. */
  readonly fullTotalText: string;
  /** Page x of the bar's start and its drawn width (for the highlight outline). */
  readonly x: number;
  readonly width: number;
  readonly totalText: string;
  /** totalText as drawn: one line, or one line per phrase when one line does not fit but the lines do. */
  readonly totalLines: readonly { readonly text: string; readonly y: number }[];
  readonly totalX: number;
}

export interface StackedLayout {
  readonly width: number;
  readonly height: number;
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize: number;
  readonly legend: readonly LegendEntry[];
  readonly bars: readonly StackedBarGeometry[];
  /** Page alignment of the row labels and of the totals at the bar ends. */
  readonly labelAlign: 'left' | 'right';
  readonly totalAlign: 'left' | 'right';
  readonly baselineX: number;
  readonly plotTop: number;
  readonly axis: { readonly y: number; readonly ticks: readonly { value: number; x: number; label: string }[] };
  readonly hasIllustrative: boolean;
  readonly badge: { readonly x: number; readonly y: number } | null;
}
