// What the map is given (values per country, options) and what its layout places (paths, circles, legend).
import type { Qualifier, RowStatus } from '../../data/types';
import type { ZoomPreset } from '../../geo/presets';

export type MapMode = 'choropleth' | 'symbols';

/** One country's figure. value null + tookPart = present at the event, count not published. */
export interface MapValue {
  readonly value: number | null;
  readonly status: RowStatus;
  readonly qualifier: Qualifier;
  readonly tookPart?: boolean;
}

/** Keyed by ISO alpha-3. Countries absent from the map have no data. */
export type MapValues = ReadonlyMap<string, MapValue>;

export interface MapOptions {
  readonly mode: MapMode;
  readonly preset: ZoomPreset;
  /** Selected or highlighted countries: drawn with a solid outline. */
  readonly highlighted: ReadonlySet<string>;
  /** CICA states to outline (dashed), or null when the toggle is off. */
  readonly cicaOutline: ReadonlySet<string> | null;
  /** Only the keyboard order follows the direction; the map itself is never mirrored. */
  readonly direction: 'ltr' | 'rtl';
  /** Values the colour classes and circle sizes are built from (e.g. every year's), so a fill means the same
   *  in every year; default: the drawn values. */
  readonly scaleValues?: readonly number[];
}

/** How a shape is filled: a value class, took part without a count, or no data. */
export type MapCategory = 'value' | 'tookPart' | 'noData';
export type MapPattern = 'nodata' | 'tookpart';

/** Hatched over an illustrative fill, so it does not look like a reported one. */
export interface MapOverlay {
  readonly key: string;
  readonly iso3: string;
  readonly d: string;
}

export interface MapPath {
  readonly key: string;
  readonly iso3: string | null;
  readonly d: string;
  readonly fill: string;
  /** Drawn over the fill so the category does not rest on colour alone. */
  readonly pattern?: MapPattern;
  readonly stroke: string;
  readonly strokeWidth: number;
  readonly category: MapCategory;
  /** Has data (a value or took part): a keyboard stop with a tooltip. */
  readonly focusable: boolean;
  readonly illustrative: boolean;
}

export interface MapOutline {
  readonly key: string;
  readonly iso3: string;
  readonly d: string;
  readonly kind: 'highlight';
}

export interface MapSymbol {
  readonly iso3: string;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly value: number;
  readonly illustrative: boolean;
}

/** A dot over a country too small to see at this zoom (Bahrain on the world map), in the country's fill. */
export interface MapMarker {
  readonly iso3: string;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly fill: string;
  readonly pattern?: MapPattern;
}

/** A colour class [from, to]; for whole-number data `to` is inclusive, otherwise the next class starts at `to`. */
export interface ColorClass {
  readonly from: number;
  readonly to: number;
  readonly color: string;
}

export interface SizeStep {
  readonly value: number;
  readonly r: number;
}

export interface MapLegendModel {
  readonly mode: MapMode;
  readonly classes: readonly ColorClass[];
  readonly sizes: readonly SizeStep[];
  /** True when every value is a whole number, so class ends are inclusive. */
  readonly integer: boolean;
  /** Entries shown only when some drawn country falls in them. */
  readonly noData: boolean;
  readonly tookPart: boolean;
  readonly illustrative: boolean;
  readonly cica: boolean;
  readonly highlighted: boolean;
}

export interface MapLayout {
  readonly width: number;
  readonly height: number;
  /** Background shapes first; countries with data follow in keyboard order. */
  readonly paths: readonly MapPath[];
  /** Borders of the CICA states as one path, or null when the toggle is off; drawn dashed, so not by colour alone. */
  readonly cicaOutline: string | null;
  /** Selected countries, drawn above everything. */
  readonly outlines: readonly MapOutline[];
  /** Illustrative value fills (choropleth), hatched above the fill. */
  readonly illustrativeOverlays: readonly MapOverlay[];
  readonly markers: readonly MapMarker[];
  /** Largest first, so small circles stay on top. */
  readonly symbols: readonly MapSymbol[];
  /** Screen anchor (largest polygon's centroid) of every country with data, for tooltips. */
  readonly anchors: ReadonlyMap<string, readonly [number, number]>;
  readonly legend: MapLegendModel;
}
