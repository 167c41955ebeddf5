import type { Qualifier, RowStatus } from '../../data/types';

/** One Sustainable Development Goal as drawn: official number, short name, official colour. */
export interface SdgGoal {
  readonly goal: number;
  readonly name: string;
  readonly color: string;
}

/** A goal's value; null = no data (drawn as "No data", never left out). */
export interface SdgValue {
  readonly goal: number;
  readonly value: number | null;
  readonly qualifier?: Qualifier;
  readonly status?: RowStatus;
}

/** Values by goal number, or as a list. */
export type SdgValues = ReadonlyMap<number, SdgValue> | readonly SdgValue[];

export interface SdgGridOptions {
  readonly formatValue: (value: number, qualifier?: Qualifier) => string;
  readonly noDataLabel: string;
  /** Tile number as text (localised digits if wanted). */
  readonly formatGoal?: (goal: number) => string;
  /** Explains that a value can count towards several goals; drawn under the grid. */
  readonly note: string;
  /** rtl: goal 1 at the top right, reading right to left. */
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize?: number;
  /** Narrowest tile, px; sets how many columns fit. */
  readonly minTileWidth?: number;
}

export interface SdgTile {
  readonly goal: number;
  readonly number: string;
  readonly name: string;
  readonly nameLines: readonly string[];
  readonly color: string;
  readonly textColor: string;
  readonly value: number | null;
  readonly valueText: string;
  readonly status: RowStatus;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Page x where the tile's text starts, and its alignment. */
  readonly textX: number;
  readonly numberY: number;
  readonly nameY: number;
  readonly valueY: number;
}

export interface SdgGridLayout {
  readonly width: number;
  readonly height: number;
  readonly direction: 'ltr' | 'rtl';
  readonly fontSize: number;
  readonly columns: number;
  readonly tiles: readonly SdgTile[];
  readonly textAlign: 'left' | 'right';
  readonly noteLines: readonly string[];
  readonly noteX: number;
  readonly noteY: number;
  readonly hasIllustrative: boolean;
}
