// Proposes how to read a file that is not in our own schema: where its header row is, which kind it
// holds, how each column is read, and the defaults it assumes (each stated as a warning).
import { canonicalColumn, matchHeaders, normalizeHeader } from './headers';
import {
  CATEGORY_HEADERS, COUNTRY_CODE_HEADERS, COUNTRY_HEADERS, DATE_HEADERS, DUTY_STATION_HEADERS, INDICATOR_CODE_HEADERS,
  INDICATOR_NAME_HEADERS, NATIONALITY_HEADERS, ORGANIZATION_WORDS, VOLUNTEER_WORDS, YEAR_HEADERS, typeWord, yearHeader,
} from './headerWords';
import { isMissing, parseDecimal, trimCell } from './convert';
import { loadWarning } from './issues';
import { IGNORE, fieldUse, valueField, type ColumnUse, type Reading } from './reading';
import type { DatasetKind, LoadIssue } from './types';

export interface HeadRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export interface Proposal {
  readonly reading: Reading;
  /** The defaults assumed, as warnings for the report. */
  readonly warnings: readonly LoadIssue[];
}

/** Header candidates looked at: titles and notes above a table are rarely longer. */
const MAX_HEADER_SEARCH = 30;
const SAMPLE_ROWS = 20;
/** Identifiers are numbers but never figures (volunteer_id, record_no). */
const ID_HEADER = /(^|_)(id|no|nr|code|number_id)$/;
const GENERIC_VALUES = new Set(['value', 'obs_value', 'count', 'number', 'n', 'values', 'amount']);

/** A column whose sampled cells are numbers (at least three in four, so one typo does not hide a value column). */
function numericColumns(fields: readonly string[], sample: readonly (readonly string[])[]): boolean[] {
  return fields.map((_, i) => {
    let numbers = 0;
    let other = 0;
    for (const row of sample) {
      const cell = trimCell(row[i] ?? '');
      if (isMissing(cell)) continue;
      if (Number.isNaN(parseDecimal(cell, false)) && Number.isNaN(parseDecimal(cell, true))) other++;
      else numbers++;
    }
    // A column with no figure in the sample is taken as numeric-to-be: a wide table's empty year or type.
    return numbers >= 3 * other && (numbers > 0 || other === 0);
  });
}

export function fileStem(fileName: string): string {
  const last = fileName.replace(/[?#].*$/, '').split(/[/\\]/).filter(Boolean).at(-1) ?? fileName;
  return last.replace(/\.(csv|tsv|txt|xlsx|parquet)$/i, '').replace(/[_]+/g, ' ').trim() || fileName;
}

/** The unit a name suggests: "(%)" or "share" is percent, "per 1,000" a rate; otherwise other. */
export function guessUnit(text: string): 'percent' | 'per_1000' | 'count' | 'other' {
  if (/%|percent|per cent|share|процент|пайыз|نسبة|بالمئة/iu.test(text)) return 'percent';
  if (/per\s*1[,. ]?000\b|per thousand|на 1[ ,.]?000|‰/iu.test(text)) return 'per_1000';
  if (/^number of|^count of|volunteers$|число|количество|саны|عدد/iu.test(text.trim())) return 'count';
  return 'other';
}

const assumed = (code: string, column: string, message: string, params: Record<string, string>): LoadIssue =>
  loadWarning(code, null, column, null, message, params);

/** Reads a header row strictly (our schema, headers in any order) as a reading. */
function strictReading(fields: readonly string[], line: number, forcedKind?: DatasetKind): Proposal | null {
  const matched = matchHeaders(fields, line, forcedKind);
  if (!matched.ok) return null;
  const uses: ColumnUse[] = fields.map(() => IGNORE);
  matched.mapping.fieldIndex.forEach((field, k) => {
    if (field >= 0) uses[field] = fieldUse(matched.mapping.schema.columns[k]!.name);
  });
  return { reading: { kind: matched.mapping.schema.kind, headerLine: line, headers: fields, uses, constants: {} }, warnings: [] };
}

/** Headers no reading may use: forbidden names, or two columns named alike (the strict path says why). */
function refusedHeaders(fields: readonly string[], line: number): boolean {
  const matched = matchHeaders(fields, line);
  return !matched.ok && matched.issues.some((i) => i.code === 'forbidden_column' || (i.code === 'duplicate_column' && i.params?.canonical === undefined));
}

interface Columns {
  readonly keys: readonly string[];
  readonly country: number;
  readonly altCountry: number;
  readonly duty: number;
  readonly nationality: number;
  readonly year: number;
  readonly date: number;
  readonly years: readonly number[];
  readonly numeric: readonly boolean[];
  /** No cell of the column in the sample holds anything. */
  readonly empty: readonly boolean[];
}

function findColumns(fields: readonly string[], sample: readonly (readonly string[])[]): Columns {
  const keys = fields.map(normalizeHeader);
  const find = (words: ReadonlySet<string>, from = 0): number => keys.findIndex((k, i) => i >= from && words.has(k));
  const countries = keys.flatMap((k, i) => (COUNTRY_HEADERS.has(k) ? [i] : []));
  const codes = countries.filter((i) => COUNTRY_CODE_HEADERS.has(keys[i]!));
  const country = codes[0] ?? countries[0] ?? -1;
  const altCountry = countries.find((i) => i !== country) ?? -1;
  return {
    keys, country, altCountry,
    duty: find(DUTY_STATION_HEADERS), nationality: find(NATIONALITY_HEADERS),
    year: find(YEAR_HEADERS), date: find(DATE_HEADERS),
    years: fields.flatMap((f, i) => (yearHeader(f) !== null ? [i] : [])),
    numeric: numericColumns(fields, sample),
    empty: fields.map((_, i) => sample.every((row) => isMissing(trimCell(row[i] ?? '')))),
  };
}

/** Uses of the columns any kind names itself (qualifier, source, note ...), where still unused. */
function provenanceUses(kind: DatasetKind, c: Columns, uses: ColumnUse[], fields: readonly string[]): void {
  const taken = new Set(uses.filter((u) => u !== IGNORE));
  c.keys.forEach((key, i) => {
    if (uses[i] !== IGNORE) return;
    const name = canonicalColumn(kind, key) ?? (/footnote/.test(key) ? 'note' : undefined);
    if (name === undefined || taken.has(fieldUse(name))) return;
    if (['country', 'year', 'date', 'count', 'value', 'delegates'].includes(name)) return;
    uses[i] = fieldUse(name);
    taken.add(fieldUse(name));
  });
  void fields;
}

/** Defaults for placements without perspective or type, each stated. */
function placementDefaults(uses: readonly ColumnUse[], constants: Record<string, string>, warnings: LoadIssue[]): void {
  if (!uses.includes(fieldUse('perspective'))) {
    constants.perspective = 'duty_station';
    warnings.push(assumed('assumed_perspective', 'perspective',
      'No perspective column: every row is counted where the volunteers serve (duty station). Change it in the mapping if the file counts them by nationality.', {}));
  }
  if (!uses.includes(fieldUse('type')) && !uses.some((u) => u.startsWith('type:'))) {
    constants.type = 'total';
    warnings.push(assumed('assumed_type', 'type',
      'No type column: every figure is read as the total of national and international UN Volunteers. Change it in the mapping if the figures are of one type.', {}));
  }
}

/** Indicator name and unit, from columns or else from the value header or the file name. */
function indicatorDefaults(uses: readonly ColumnUse[], constants: Record<string, string>, warnings: LoadIssue[], name: string, from: 'file' | 'column', unitHint: string): void {
  if (!uses.includes(fieldUse('indicator'))) {
    constants.indicator = name;
    warnings.push(assumed('assumed_indicator', 'indicator',
      `No indicator column: the figures are named '${name}' after ${from === 'file' ? 'the file name' : 'their column'}. Change it in the mapping.`, { name, from }));
  }
  if (!uses.includes(fieldUse('unit'))) {
    const unit = guessUnit(unitHint);
    constants.unit = unit;
    warnings.push(assumed('assumed_unit', 'unit', `No unit column: the unit is taken as '${unit}'. Change it in the mapping if it is another.`, { unit }));
  }
}

function shapedReading(fields: readonly string[], line: number, sample: readonly (readonly string[])[], fileName: string, forcedKind?: DatasetKind): Proposal | null {
  if (forcedKind === 'events' || forcedKind === 'delegates') return null;
  const c = findColumns(fields, sample);
  const uses: ColumnUse[] = fields.map(() => IGNORE);
  const constants: Record<string, string> = {};
  const warnings: LoadIssue[] = [];
  const stem = fileStem(fileName);
  const indName = c.keys.findIndex((k) => INDICATOR_NAME_HEADERS.has(k));
  const indCode = c.keys.findIndex((k) => INDICATOR_CODE_HEADERS.has(k));
  const setCountry = (): void => {
    uses[c.country] = fieldUse('country');
    if (c.altCountry >= 0) uses[c.altCountry] = 'alt:country';
  };
  const done = (kind: DatasetKind): Proposal => {
    provenanceUses(kind, c, uses, fields);
    return { reading: { kind, headerLine: line, headers: fields, uses, constants }, warnings };
  };

  // Wide by year: one column per year (World Bank, Eurostat, most spreadsheets).
  if (c.years.length >= 2 && c.country >= 0) {
    const kind = forcedKind ?? 'indicators';
    setCountry();
    for (const i of c.years) uses[i] = `year:${yearHeader(fields[i]!)}`;
    if (kind === 'indicators') {
      if (indName >= 0) uses[indName] = fieldUse('indicator');
      if (indCode >= 0) uses[indCode] = fieldUse('note');
      const firstName = indName >= 0 ? trimCell(sample[0]?.[indName] ?? '') : '';
      indicatorDefaults(uses, constants, warnings, stem, 'file', firstName || stem);
    } else if (kind === 'placements') placementDefaults(uses, constants, warnings);
    return done(kind);
  }

  const typeColumns = fields.flatMap((f, i) => (c.numeric[i] && i !== c.year && typeWord(f) !== null ? [i] : []));
  const anyCountry = c.country >= 0 ? c.country : c.duty >= 0 ? c.duty : c.nationality;
  // Wide by type: national and international side by side.
  if (typeColumns.length >= 2 && anyCountry >= 0 && c.year >= 0 && (forcedKind ?? 'placements') === 'placements') {
    uses[anyCountry] = fieldUse('country');
    uses[c.year] = fieldUse('year');
    for (const i of typeColumns) uses[i] = `type:${typeWord(fields[i]!)}`;
    if (anyCountry === c.nationality) constants.perspective = 'nationality';
    placementDefaults(uses, constants, warnings);
    return done('placements');
  }

  const timeColumn = c.year >= 0 ? c.year : c.date;
  const valueCandidates = c.numeric.flatMap((isNumber, i) =>
    (isNumber && !c.empty[i] && i !== c.year && i !== c.country && i !== c.altCountry && !ID_HEADER.test(c.keys[i]!) ? [i] : []));
  // Microdata: one row per volunteer or assignment, no count column.
  if ((c.duty >= 0 || c.nationality >= 0) && timeColumn >= 0 && valueCandidates.length === 0 && (forcedKind ?? 'placements') === 'placements') {
    if (c.duty >= 0) uses[c.duty] = 'country:duty_station';
    if (c.nationality >= 0) uses[c.nationality] = 'country:nationality';
    uses[timeColumn] = fieldUse('year');
    const category = c.keys.findIndex((k) => CATEGORY_HEADERS.has(k));
    if (category >= 0) uses[category] = fieldUse('type');
    else {
      constants.type = 'total';
      warnings.push(assumed('assumed_type', 'type',
        'No type column: every figure is read as the total of national and international UN Volunteers. Change it in the mapping if the figures are of one type.', {}));
    }
    return done('placements');
  }

  // Long: one figure per row (OWID, UNdata, registers).
  if (c.country < 0 || timeColumn < 0 || valueCandidates.length === 0) return null;
  const value = valueCandidates.find((i) => GENERIC_VALUES.has(c.keys[i]!)) ?? valueCandidates[valueCandidates.length - 1]!;
  const valueHeader = fields[value]!.trim();
  const kind: DatasetKind = forcedKind
    ?? (indName >= 0 ? 'indicators'
      : ORGANIZATION_WORDS.test(valueHeader) || (c.year < 0 && c.date >= 0) ? 'organizations'
      : (VOLUNTEER_WORDS.test(valueHeader) && ['count', 'other'].includes(guessUnit(valueHeader))) || c.keys.some((k) => canonicalColumn('placements', k) === 'perspective') ? 'placements'
      : 'indicators');
  setCountry();
  uses[value] = fieldUse(valueField(kind));
  if (kind === 'organizations') {
    uses[timeColumn] = fieldUse('date');
    if (timeColumn === c.year) {
      warnings.push(assumed('year_as_date', fields[c.year]!.trim(),
        `The column '${fields[c.year]!.trim()}' is read as the date of each count (a year is a date).`, { column: fields[c.year]!.trim() }));
    }
  } else uses[timeColumn] = fieldUse('year');
  if (kind === 'placements') {
    provenanceUses(kind, c, uses, fields);
    placementDefaults(uses, constants, warnings);
  }
  if (kind === 'indicators') {
    if (indName >= 0) uses[indName] = fieldUse('indicator');
    const generic = GENERIC_VALUES.has(c.keys[value]!);
    indicatorDefaults(uses, constants, warnings, generic ? stem : valueHeader, generic ? 'file' : 'column', generic ? stem : valueHeader);
  }
  return done(kind);
}

/**
 * The reading of the first record (among the first 30) that works as a header: our own schema first,
 * then the shapes published tables come in. Null when none does.
 */
export function proposeReading(head: readonly HeadRecord[], fileName: string, forcedKind?: DatasetKind): Proposal | null {
  const candidates = Math.min(head.length, MAX_HEADER_SEARCH);
  for (let h = 0; h < candidates; h++) {
    const { fields, line } = head[h]!;
    if (fields.filter((f) => f.trim() !== '').length < 2) continue;
    const strict = strictReading(fields, line, forcedKind);
    if (strict) return strict;
    if (refusedHeaders(fields, line)) return null;
    const sample = head.slice(h + 1, h + 1 + SAMPLE_ROWS).map((r) => r.fields).filter((f) => f.length === fields.length);
    const shaped = shapedReading(fields, line, sample, fileName, forcedKind);
    if (shaped) return shaped;
  }
  return null;
}
