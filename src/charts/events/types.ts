import type { Qualifier, RowStatus } from '../../data/types';

/** One event with its headline figures; null = not published. */
export interface EventRow {
  readonly key: string;
  readonly label: string;
  /** ISO partial date of the start: YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date: string;
  readonly delegates: number | null;
  readonly countries: number | null;
  readonly delegatesQualifier?: Qualifier;
  readonly countriesQualifier?: Qualifier;
  readonly status?: RowStatus;
}

export type EventMetric = 'delegates' | 'countries';

export interface EventsOptions {
  readonly formatValue: (value: number, qualifier?: Qualifier) => string;
  readonly formatTick?: (value: number) => string;
  /** Date under each event name; the ISO text by default. */
  readonly formatDate?: (iso: string) => string;
  readonly noDataLabel: string;
  /** Panel titles. */
  readonly metricLabels: Readonly<Record<EventMetric, string>>;
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize?: number;
}

export interface EventLabel {
  readonly key: string;
  readonly name: string;
  readonly shownName: string;
  readonly date: string;
  readonly x: number;
  readonly nameY: number;
  readonly dateY: number;
}

export interface EventBar {
  readonly key: string;
  readonly value: number | null;
  readonly qualifier: Qualifier;
  readonly status: RowStatus;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly centerY: number;
  readonly valueText: string;
  readonly valueX: number;
}

/** One small multiple: the events on their own value scale for one metric. */
export interface EventPanel {
  readonly metric: EventMetric;
  readonly title: string;
  readonly titleX: number;
  readonly titleY: number;
  readonly baselineX: number;
  readonly top: number;
  readonly axisY: number;
  readonly bars: readonly EventBar[];
  readonly ticks: readonly { value: number; x: number; label: string }[];
  /** Event names beside this panel, or null when the panels share one label column. */
  readonly labels: readonly EventLabel[] | null;
}

export interface EventsLayout {
  readonly width: number;
  readonly height: number;
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize: number;
  /** 'side' = panels side by side with one label column; 'stacked' = one panel above the other. */
  readonly arrangement: 'side' | 'stacked';
  readonly panels: readonly EventPanel[];
  readonly sharedLabels: readonly EventLabel[] | null;
  /** Page alignment of names and of bar-end values. */
  readonly labelAlign: 'left' | 'right';
  readonly valueAlign: 'left' | 'right';
  readonly hasIllustrative: boolean;
  readonly badge: { readonly x: number; readonly y: number } | null;
}
