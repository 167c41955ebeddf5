// The typed shape of every dataset after load. Everything downstream of the
// loader (transforms, charts, table) reads these types and never re-parses.

/** Kinds of fact dataset a CSV can hold; detected from its headers. */
export type DatasetKind = 'events' | 'delegates' | 'placements' | 'organizations' | 'indicators';
export const DATASET_KINDS: readonly DatasetKind[] = ['events', 'delegates', 'placements', 'organizations', 'indicators'];
/** Kinds shipped as one bundled file each (indicators are bundled when data/indicators.csv exists). */
export type BundledKind = DatasetKind;

/** What an indicator's numbers measure; percentages and rates are never summed. */
export type IndicatorUnit = 'count' | 'percent' | 'per_1000' | 'other';
export const INDICATOR_UNITS: readonly IndicatorUnit[] = ['count', 'percent', 'per_1000', 'other'];

/** Provenance status of a fact row. */
export type RowStatus = 'reported' | 'derived' | 'illustrative';
export const ROW_STATUSES: readonly RowStatus[] = ['reported', 'derived', 'illustrative'];

/** How a published figure is qualified: "450", "at least 450", "about 400". */
export type Qualifier = 'exact' | 'at_least' | 'approx';
export const QUALIFIERS: readonly Qualifier[] = ['exact', 'at_least', 'approx'];

/** Where UN Volunteers are counted: where they serve, or where they come from. */
export type Perspective = 'duty_station' | 'nationality';
export const PERSPECTIVES: readonly Perspective[] = ['duty_station', 'nationality'];

/** UN Volunteer contract type. */
export type PlacementType = 'national' | 'international' | 'total';
export const PLACEMENT_TYPES: readonly PlacementType[] = ['national', 'international', 'total'];

/** Numbers: Float64 with NaN for a missing value (never 0). Counts are whole and <= 2^53. */
export interface NumberColumn {
  readonly type: 'number';
  readonly values: Float64Array;
}

/**
 * Strings, dictionary-encoded: codes[i] indexes dictionary, -1 is missing.
 * Country columns hold alpha-3 codes or aggregate codes (see aggregates.ts);
 * dates hold ISO partial dates: YYYY, YYYY-MM or YYYY-MM-DD.
 */
export interface CodeColumn {
  readonly type: 'code';
  readonly codes: Int32Array;
  readonly dictionary: readonly string[];
}

/** SDG goals as a bitmask per row: bit (goal - 1) set when the row is tagged with that goal; 0 = none. */
export interface GoalsColumn {
  readonly type: 'goals';
  readonly masks: Uint32Array;
}

export type Column = NumberColumn | CodeColumn | GoalsColumn;

/** Where a dataset came from. Bundled datasets cannot be removed. */
export type DatasetOrigin = 'bundled' | 'upload' | 'url';

/** A loaded, validated, columnar dataset. */
export interface Dataset {
  /** Stable id, e.g. "bundled:placements" or "upload:<name>:<hash>". */
  readonly id: string;
  readonly kind: DatasetKind;
  /** File name or URL it was read from. */
  readonly name: string;
  readonly origin: DatasetOrigin;
  readonly rowCount: number;
  /** Keyed by canonical column name of the kind's schema (see schemas.ts). */
  readonly columns: Readonly<Record<string, Column>>;
  /** 1-based physical line in the source file where each row starts. */
  readonly lines: Int32Array;
}

export type IssueSeverity = 'error' | 'warning';

/** One problem found while loading, precise enough for a person to fix the file. */
export interface LoadIssue {
  readonly severity: IssueSeverity;
  /** Machine-readable code, e.g. "unknown_country", for translation and tests. */
  readonly code: string;
  /** 1-based physical line in the file, or null for file-level problems. */
  readonly line: number | null;
  /** Header name as written in the file, or null. */
  readonly column: string | null;
  /** The raw cell text, or null. */
  readonly value: string | null;
  /** A sentence in plain English that says what is wrong and what to do. */
  readonly message: string;
  /** Values interpolated into the message (for translation). */
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * What happened to every record of a file.
 * Invariant: loaded + rejected + blank === recordsRead; dataset.rowCount === loaded - merged.
 */
export interface LoadReport {
  readonly fileName: string;
  readonly kind: DatasetKind | null;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  readonly delimiter: ',' | ';' | '\t' | null;
  readonly bytes: number;
  readonly recordsRead: number;
  readonly loaded: number;
  readonly rejected: number;
  readonly blank: number;
  /** Identical duplicate rows folded into an earlier row (each also a warning). */
  readonly merged: number;
  /** Cells read as missing (blank, NA, .., -, :), per canonical column. */
  readonly missingCells: Readonly<Record<string, number>>;
  readonly issues: readonly LoadIssue[];
  /** True when the file as a whole could not be loaded (no dataset). */
  readonly failed: boolean;
  /** Lines that are not records (titles above the header, notes below the data, total rows); listed as warnings. */
  readonly skipped?: number;
  /** How the columns were read when the file was not in our own schema (see reading.ts). */
  readonly reading?: ReadingSummary;
  /** For a workbook: the sheet read and the others it has, so the review can offer them. */
  readonly sheet?: SheetSummary;
  /** The file's own format when it was not text (read as CSV after conversion): its delimiter and encoding are ours. */
  readonly format?: 'parquet' | 'xlsx';
}

/** The sheet of a workbook that was read, among all its sheets. */
export interface SheetSummary {
  /** The sheet read (chosen, or proposed: the first holding a table); null when the chosen one does not exist. */
  readonly name: string | null;
  /** Every sheet of the workbook, in its order. */
  readonly names: readonly string[];
}

/** A file read through a mapping: its header line, skipped lines and, when reshaped, the figures made. */
export interface ReadingSummary {
  /** 1-based line of the header row. */
  readonly headerLine: number;
  /** Lines that are not data: titles above the header, notes and footnotes below the data, total rows. */
  readonly skippedLines: number;
  /** wide_year, wide_type, microdata, or long (one figure per record). */
  readonly shape: 'long' | 'wide_year' | 'wide_type' | 'microdata';
  /** Figures produced from the loaded records (equals loaded - merged for a long file). */
  readonly figures: number;
  /** Value cells of loaded records read as missing (no figure made). */
  readonly missingFigures: number;
  /** The mapping used, so the review can show it and the person change it. */
  readonly mapping: import('./reading').Reading;
}

export interface LoadResult {
  /** Null when the load failed as a whole. */
  readonly dataset: Dataset | null;
  readonly report: LoadReport;
}

export interface LoadOptions {
  /** File name shown in messages. */
  readonly fileName: string;
  /** Force a kind instead of detecting it from the headers. */
  readonly kind?: DatasetKind;
  /** Force a delimiter instead of detecting it. */
  readonly delimiter?: ',' | ';' | '\t';
  /** Explicit opt-in to windows-1252 when the bytes are not UTF-8. */
  readonly encoding?: 'utf-8' | 'windows-1252';
  readonly origin?: DatasetOrigin;
  /** Refuse files larger than this many bytes before parsing. Default 300 MB. */
  readonly maxBytes?: number;
  /** How to read the columns, chosen in the review; without it the loader proposes one. */
  readonly reading?: import('./reading').Reading;
  /** The sheet of a workbook to read, by name; without it the first that holds a table. */
  readonly sheet?: string;
}

export interface LoadProgress {
  readonly phase: 'reading' | 'decoding' | 'parsing' | 'done';
  /** 0..1 */
  readonly fraction: number;
  readonly rows: number;
}

/** Years outside this range are typing mistakes, in a file or in a URL. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Files larger than this are refused before parsing (LoadOptions.maxBytes overrides it). */
export const DEFAULT_MAX_BYTES = 300 * 1024 * 1024;

export type CicaStatus = 'member' | 'observer' | 'none';
export type Lang = 'en' | 'ar' | 'ru' | 'kk';
export const LANGS: readonly Lang[] = ['en', 'ar', 'ru', 'kk'];

/** One row of data/countries.csv. */
export interface Country {
  readonly iso3: string;
  readonly iso2: string;
  /** ISO 3166 numeric, zero-padded to 3 characters (joins world-atlas ids). */
  readonly numeric: string;
  readonly names: Readonly<Record<Lang, string>>;
  readonly region: string;
  readonly subregion: string;
  readonly cica: CicaStatus;
  readonly aliases: readonly string[];
}

/** One row of data/sdgs.csv. */
export interface Goal {
  readonly goal: number;
  readonly names: Readonly<Record<Lang, string>>;
  readonly color: string;
}
