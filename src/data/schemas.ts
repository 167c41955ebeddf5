// The canonical columns of each dataset kind, their cell types and the header spellings we accept.
import type { DatasetKind } from './types';

/** How a cell is read. Each type has one converter in convert.ts. */
export type CellType =
  | 'id' // trimmed text that must not be missing (event ids; "001" stays "001")
  | 'text' // trimmed text kept verbatim (names, notes, sources, URLs)
  | 'date' // ISO partial date: YYYY, YYYY-MM or YYYY-MM-DD
  | 'year'
  | 'count'
  | 'country'
  | 'qualifier'
  | 'status'
  | 'perspective'
  | 'placementType'
  | 'goals'
  | 'decimal' // any finite number, fractions and negatives allowed (indicator values)
  | 'unit';

export interface ColumnSpec {
  /** Canonical name: the key in Dataset.columns. */
  readonly name: string;
  readonly type: CellType;
  /** The header must be present for the file to load as this kind. */
  readonly required: boolean;
  /** A cell may be missing (NaN / -1 / default). Key columns and ids may not. */
  readonly nullable: boolean;
  /** Other header spellings, already in normalised form (see normalizeHeader). */
  readonly aliases: readonly string[];
}

export interface KindSchema {
  readonly kind: DatasetKind;
  readonly columns: readonly ColumnSpec[];
  /** Canonical columns that identify a row; two rows with the same key are duplicates. */
  readonly key: readonly string[];
}

function col(name: string, type: CellType, aliases: readonly string[], required = false, nullable = !required): ColumnSpec {
  return { name, type, required, nullable, aliases };
}

const COUNTRY_ALIASES = [
  'country_name', 'iso3', 'iso', 'iso_3', 'iso_a3', 'iso_code', 'iso3_code', 'country_code', 'country_iso3',
  'alpha3', 'alpha_3', 'nation', 'country_or_area', 'country_area',
];
const QUALIFIER_ALIASES = ['precision', 'count_qualifier', 'value_qualifier', 'qualifiers'];
const EVENT_ID_ALIASES = ['event', 'id', 'event_code', 'eventid', 'event_no', 'event_key'];

const PROVENANCE: readonly ColumnSpec[] = [
  col('source', 'text', ['source_name', 'publisher', 'reference', 'src', 'sources']),
  col('source_url', 'text', ['url', 'link', 'source_link', 'href', 'web_link']),
  col('source_date', 'date', ['published', 'publication_date', 'date_published', 'source_published']),
  col('status', 'status', ['row_status', 'data_status']),
  col('note', 'text', ['notes', 'comment', 'comments', 'remark', 'remarks']),
];

export const SCHEMAS: Readonly<Record<DatasetKind, KindSchema>> = {
  events: {
    kind: 'events',
    key: ['event_id'],
    columns: [
      col('event_id', 'id', EVENT_ID_ALIASES, true),
      col('name', 'text', ['event_name', 'title', 'event_title'], true),
      // The name and city in the other interface languages (eventText.ts falls back to the English ones).
      col('name_ar', 'text', ['event_name_ar', 'title_ar']),
      col('name_ru', 'text', ['event_name_ru', 'title_ru']),
      col('name_kk', 'text', ['event_name_kk', 'title_kk']),
      col('start_date', 'date', ['start', 'from', 'begins', 'date_start', 'date_from', 'start_day'], true),
      col('end_date', 'date', ['end', 'to', 'until', 'ends', 'date_end', 'date_to', 'end_day']),
      col('host_country', 'country', ['host', 'host_iso3', 'host_country_code', 'host_nation']),
      col('city', 'text', ['town', 'host_city']),
      col('city_ar', 'text', ['host_city_ar']),
      col('city_ru', 'text', ['host_city_ru']),
      col('city_kk', 'text', ['host_city_kk']),
      col('delegates', 'count', ['participants', 'attendees', 'delegate_count', 'number_of_delegates']),
      col('delegates_qualifier', 'qualifier', ['participants_qualifier', 'attendees_qualifier']),
      col('countries', 'count', ['country_count', 'countries_count', 'number_of_countries']),
      col('countries_qualifier', 'qualifier', ['country_count_qualifier']),
      col('speakers', 'count', ['speaker_count', 'speakers_count', 'number_of_speakers']),
      col('speakers_qualifier', 'qualifier', ['speaker_count_qualifier']),
      ...PROVENANCE,
    ],
  },
  delegates: {
    kind: 'delegates',
    key: ['event_id', 'country'],
    columns: [
      col('event_id', 'id', EVENT_ID_ALIASES, true),
      col('country', 'country', COUNTRY_ALIASES, true),
      col('delegates', 'count', ['count', 'value', 'number', 'participants', 'delegate_count']),
      col('qualifier', 'qualifier', ['delegates_qualifier', ...QUALIFIER_ALIASES]),
      ...PROVENANCE,
    ],
  },
  placements: {
    kind: 'placements',
    key: ['year', 'country', 'perspective', 'type', 'sdg'],
    columns: [
      col('year', 'year', ['yr', 'fiscal_year', 'reporting_year'], true),
      col('country', 'country', COUNTRY_ALIASES, true),
      col('perspective', 'perspective', ['view', 'counted_by', 'basis'], true),
      col('type', 'placementType', ['placement_type', 'volunteer_type', 'contract_type', 'category', 'modality'], true),
      col('sdg', 'goals', ['sdgs', 'goal', 'goals', 'sdg_goal', 'sdg_goals']),
      col('count', 'count', ['value', 'volunteers', 'number', 'n', 'un_volunteers', 'total_volunteers'], true, true),
      col('qualifier', 'qualifier', QUALIFIER_ALIASES),
      ...PROVENANCE,
    ],
  },
  organizations: {
    kind: 'organizations',
    key: ['country', 'date'],
    columns: [
      col('country', 'country', COUNTRY_ALIASES, true),
      col('date', 'date', ['as_of', 'asof', 'date_as_of', 'period', 'reported_on'], true),
      col('count', 'count', ['value', 'number', 'n', 'organizations', 'organisations'], true, true),
      col('qualifier', 'qualifier', QUALIFIER_ALIASES),
      ...PROVENANCE,
    ],
  },
  indicators: {
    kind: 'indicators',
    key: ['indicator', 'country', 'year'],
    columns: [
      col('indicator', 'id', ['indicator_name', 'series', 'series_name', 'measure', 'variable'], true),
      col('unit', 'unit', ['units', 'unit_of_measure', 'unit_measure', 'measure_unit'], true),
      col('country', 'country', COUNTRY_ALIASES, true),
      col('year', 'year', ['yr', 'time_period', 'reporting_year'], true),
      col('value', 'decimal', ['obs_value', 'observation', 'figure'], true, true),
      col('qualifier', 'qualifier', QUALIFIER_ALIASES),
      ...PROVENANCE,
    ],
  },
};

/** Canonical names of the columns a kind needs, for "this file needs ..." messages. */
export function requiredColumns(kind: DatasetKind): string[] {
  return SCHEMAS[kind].columns.filter((c) => c.required).map((c) => c.name);
}
