// A reading: how the columns of a file become the fields of a dataset kind. The loader proposes one
// for files not in our own schema (proposeReading.ts); the review shows it in words and lets the
// person change it; the same header set gets it back next time (rememberedReading.ts).
import type { DatasetKind } from './types';

/**
 * How one column is read:
 * - `ignore`
 * - `field:<name>`: the column holds that field of the kind (`field:country`, `field:count` ...)
 * - `alt:country`: country names used where the code column is empty (OWID's Entity beside Code)
 * - `year:<YYYY>`: one year's figures of a table written wide by year
 * - `type:<national|international|total>`: one type's counts of a table written wide by type
 * - `country:<duty_station|nationality>`: a country of a volunteer in microdata (rows are counted)
 */
export type ColumnUse = string;

export interface Reading {
  readonly kind: DatasetKind;
  /** 1-based physical line of the header row; lines before it are titles or notes, listed in the report. */
  readonly headerLine: number;
  /** The header row as written; a remembered reading applies only to the same headers. */
  readonly headers: readonly string[];
  /** Aligned with headers. */
  readonly uses: readonly ColumnUse[];
  /** Fields the file lacks, set for every row (perspective, type, unit, indicator, date, event ...). */
  readonly constants: Readonly<Record<string, string>>;
}

export type ReadingShape = 'long' | 'wide_year' | 'wide_type' | 'microdata';

export const IGNORE = 'ignore';

export function fieldUse(name: string): ColumnUse {
  return `field:${name}`;
}

/** The field a `field:` use names, or null. */
export function usedField(use: ColumnUse): string | null {
  return use.startsWith('field:') ? use.slice(6) : null;
}

export function yearOfUse(use: ColumnUse): number | null {
  return use.startsWith('year:') ? Number(use.slice(5)) : null;
}

export function typeOfUse(use: ColumnUse): string | null {
  return use.startsWith('type:') ? use.slice(5) : null;
}

export function perspectiveOfUse(use: ColumnUse): string | null {
  return use.startsWith('country:') ? use.slice(8) : null;
}

/** Wide by year or by type when any column carries one; microdata when a column is a volunteer's country. */
export function shapeOf(reading: Reading): ReadingShape {
  if (reading.uses.some((u) => u.startsWith('year:'))) return 'wide_year';
  if (reading.uses.some((u) => u.startsWith('type:'))) return 'wide_type';
  if (reading.uses.some((u) => u.startsWith('country:'))) return 'microdata';
  return 'long';
}

/** The field that wide or counted cells fill: the kind's number column. */
export function valueField(kind: DatasetKind): string {
  return kind === 'indicators' ? 'value' : kind === 'delegates' ? 'delegates' : 'count';
}

/** A key for remembering a reading: the header row, case- and space-insensitive. */
export function headerSetKey(headers: readonly string[]): string {
  return headers.map((h) => h.trim().toLowerCase().replace(/\s+/g, ' ')).join('\u001f');
}

/** Checks a reading from outside (local storage, a message): a wrong shape is refused, never trusted. */
export function isReading(value: unknown): value is Reading {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.kind === 'string' && typeof r.headerLine === 'number' && Number.isInteger(r.headerLine) && r.headerLine >= 1
    && Array.isArray(r.headers) && r.headers.every((h) => typeof h === 'string')
    && Array.isArray(r.uses) && r.uses.length === r.headers.length && r.uses.every((u) => typeof u === 'string')
    && typeof r.constants === 'object' && r.constants !== null && !Array.isArray(r.constants)
    && Object.values(r.constants).every((c) => typeof c === 'string');
}
