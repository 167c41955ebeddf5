// What an exported figure holds, independent of the page: plain text, a chart's SVG markup, sizes.
import type { SourceRef } from '../components/ChartSources';
import type { Lang } from '../data/types';
import type { Translate } from '../i18n/translate';
import type { Theme } from '../scales/colors';

/** A chart's own <svg>, ready to nest: its inner markup (styles already inlined) and its drawn size. */
export interface ChartMarkup {
  /** Everything inside the chart's <svg> element, as XML. */
  readonly body: string;
  readonly width: number;
  readonly height: number;
  /** Font size the chart's text inherits where it names none, in px. */
  readonly fontSize: number;
}

/** A legend swatch drawn outside the chart (the map's legend is HTML on the page). */
export interface FigureLegendItem {
  readonly label: string;
  readonly fill: string;
  readonly stroke?: string;
  readonly dashed?: boolean;
  /** Diagonal lines over the fill (no data, illustrative). */
  readonly hatch?: string;
  /** A circle of this radius instead of a square (proportional symbols). */
  readonly radius?: number;
}

export interface FigureLegend {
  readonly title?: string;
  readonly items: readonly FigureLegendItem[];
  readonly note?: string;
}

/** One label and its value, for panels without a chart (a country's profile). */
export interface FigureLine {
  readonly label: string;
  readonly value: string;
}

export interface FigureInput {
  readonly title: string;
  /** Dataset, year or event, way of counting. */
  readonly subtitle?: string;
  readonly chart?: ChartMarkup | null;
  /** A key figure's number, drawn large, and what it says under it (its date). */
  readonly headline?: { readonly value: string; readonly note?: string } | null;
  readonly lines?: readonly FigureLine[];
  readonly legend?: FigureLegend | null;
  /** Provenance of every figure shown: one source line per distinct source and date. */
  readonly sources: readonly (SourceRef | null | undefined)[];
}

export type FigureSize = 'panel' | 'slide';

export interface FigureOptions {
  readonly lang: Lang;
  /** Defaults to the language's direction. */
  readonly dir?: 'ltr' | 'rtl';
  /** Light unless the reader chose dark. */
  readonly theme: Theme;
  /** 'panel': the chart at its own size with the figure's text around it; 'slide': 1920x1080. */
  readonly size: FigureSize;
  /** The language's messages (useI18n().t): source line, Illustrative, the dashboard's name. */
  readonly t: Translate;
}

/** A slide's size in px. */
export const SLIDE = { width: 1920, height: 1080 } as const;
