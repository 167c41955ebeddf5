import type { Qualifier, RowStatus } from '../../data/types';
import type { LegendEntry } from '../../components/legendLayout';

/** A value in a year; null (or a year absent from the list) = no data, drawn as a gap. */
export interface LinePoint {
  readonly year: number;
  readonly value: number | null;
  readonly qualifier?: Qualifier;
  readonly status?: RowStatus;
}

export interface LineSeries {
  readonly key: string;
  readonly label: string;
  readonly color?: string;
  readonly points: readonly LinePoint[];
}

export interface LineOptions {
  /** Marker tooltips, e.g. "about 12,840". */
  readonly formatValue: (value: number, qualifier?: Qualifier) => string;
  readonly formatTick?: (value: number) => string;
  readonly formatYear?: (year: number) => string;
  /** Footnotes explaining the markers that appear, keyed by qualifier, and the gap note. */
  readonly notes: { readonly approx: string; readonly at_least: string; readonly gap: string };
  /** rtl: years run right to left and the value axis sits on the right. */
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize?: number;
  /** Text of the illustrative badge, so its room can be reserved ("Illustrative" by default). */
  readonly badgeLabel?: string;
}

export type MarkerShape = 'dot' | 'open' | 'triangle';

export interface MarkerGeometry {
  readonly year: number;
  readonly value: number;
  readonly x: number;
  readonly y: number;
  readonly shape: MarkerShape;
  readonly qualifier: Qualifier;
  readonly status: RowStatus;
  readonly text: string;
}

export interface SeriesGeometry {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** One path; each run of consecutive years with data is its own subpath (M ... L ...). */
  readonly path: string;
  /** The runs of consecutive years with data, first year to last. */
  readonly runs: readonly (readonly number[])[];
  readonly markers: readonly MarkerGeometry[];
}

export interface LineLayout {
  readonly width: number;
  readonly height: number;
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly series: readonly SeriesGeometry[];
  readonly legend: readonly LegendEntry[];
  readonly xTicks: readonly { value: number; x: number; label: string }[];
  readonly yTicks: readonly { value: number; y: number; label: string }[];
  /** Page x and alignment of the value-axis labels. */
  readonly yLabelX: number;
  readonly yLabelAlign: 'left' | 'right';
  readonly notes: readonly { text: string; y: number; shape: MarkerShape | null }[];
  readonly notesX: number;
  readonly hasIllustrative: boolean;
  readonly badge: { readonly x: number; readonly y: number } | null;
}
