// A Figure is one published number with everything a reader needs to trust it.
import type { CodeColumn, Dataset, NumberColumn, Qualifier, RowStatus } from '../data/types';
import { QUALIFIERS, ROW_STATUSES } from '../data/types';
import { optionalCodeColumn, numberAt, stringAt } from './columns';

export interface Figure {
  /** Null when the row exists but the count was not published (e.g. "took part"). */
  readonly value: number | null;
  readonly qualifier: Qualifier;
  /** What the figure refers to: a year, ISO date or event start date. */
  readonly date: string | null;
  readonly source: string | null;
  readonly sourceUrl: string | null;
  /** When the source was published. */
  readonly sourceDate: string | null;
  readonly status: RowStatus;
  readonly note: string | null;
}

/** Provenance columns of a dataset, resolved once per call. */
export interface Provenance {
  readonly source: CodeColumn | null;
  readonly sourceUrl: CodeColumn | null;
  readonly sourceDate: CodeColumn | null;
  readonly status: CodeColumn | null;
  readonly note: CodeColumn | null;
}

export function provenanceOf(ds: Dataset): Provenance {
  return {
    source: optionalCodeColumn(ds, 'source'),
    sourceUrl: optionalCodeColumn(ds, 'source_url'),
    sourceDate: optionalCodeColumn(ds, 'source_date'),
    status: optionalCodeColumn(ds, 'status'),
    note: optionalCodeColumn(ds, 'note'),
  };
}

export function toQualifier(raw: string | null): Qualifier {
  return raw !== null && (QUALIFIERS as readonly string[]).includes(raw) ? (raw as Qualifier) : 'exact';
}

/** Uploaded files without provenance default to "reported" (data contract). */
export function toStatus(raw: string | null): RowStatus {
  return raw !== null && (ROW_STATUSES as readonly string[]).includes(raw) ? (raw as RowStatus) : 'reported';
}

/** The figure in `row` of `value`, with its qualifier column and the row's provenance. */
export function figureAt(
  prov: Provenance,
  row: number,
  value: NumberColumn,
  qualifier: CodeColumn | null,
  date: string | null,
): Figure {
  return {
    value: numberAt(value, row),
    qualifier: toQualifier(stringAt(qualifier, row)),
    date,
    source: stringAt(prov.source, row),
    sourceUrl: stringAt(prov.sourceUrl, row),
    sourceDate: stringAt(prov.sourceDate, row),
    status: toStatus(stringAt(prov.status, row)),
    note: stringAt(prov.note, row),
  };
}

const QUALIFIER_WEAKNESS: Readonly<Record<Qualifier, number>> = { exact: 0, at_least: 1, approx: 2 };
const STATUS_WEAKNESS: Readonly<Record<RowStatus, number>> = { reported: 0, derived: 1, illustrative: 2 };

/** A sum is only as precise as its vaguest part: approx > at_least > exact. */
export function weakerQualifier(a: Qualifier, b: Qualifier): Qualifier {
  return QUALIFIER_WEAKNESS[a] >= QUALIFIER_WEAKNESS[b] ? a : b;
}

/** A sum touching an illustrative row is illustrative; else derived beats reported. */
export function weakerStatus(a: RowStatus, b: RowStatus): RowStatus {
  return STATUS_WEAKNESS[a] >= STATUS_WEAKNESS[b] ? a : b;
}
