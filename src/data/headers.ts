// Matches a header row to a dataset kind and its canonical columns, case-, space- and alias-insensitively.
import { SCHEMAS, requiredColumns, type KindSchema } from './schemas';
import { loadError, loadWarning } from './issues';
import { DATASET_KINDS, type DatasetKind, type LoadIssue } from './types';

const ZERO_WIDTH = /[\u200B-\u200F\u2060\uFEFF]/g;
const SEPARATORS = /[^\p{L}\p{N}]+/gu;
/** Header names that could reach Object.prototype if anything downstream indexed a plain object with them. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** "Country name", "country-name" and " COUNTRY_NAME " all become "country_name". */
export function normalizeHeader(raw: string): string {
  return raw.replace(ZERO_WIDTH, '').trim().toLowerCase().replace(SEPARATORS, '_').replace(/^_+|_+$/g, '');
}

// normalised spelling -> canonical column, per kind
const LOOKUP = new Map<DatasetKind, Map<string, string>>(
  DATASET_KINDS.map((kind) => {
    const table = new Map<string, string>();
    for (const spec of SCHEMAS[kind].columns) {
      table.set(normalizeHeader(spec.name), spec.name);
      for (const alias of spec.aliases) table.set(normalizeHeader(alias), spec.name);
    }
    return [kind, table];
  }),
);

function lookup(kind: DatasetKind): Map<string, string> {
  const table = LOOKUP.get(kind);
  if (!table) throw new Error(`No schema for kind ${kind}`);
  return table;
}

/** The canonical column of a kind that a normalised header names, or undefined. */
export function canonicalColumn(kind: DatasetKind, key: string): string | undefined {
  return lookup(kind).get(key);
}

/** How many fields name a column of any kind; used to confirm a delimiter guess. */
export function countKnownHeaders(fields: readonly string[]): number {
  let known = 0;
  for (const field of fields) {
    const key = normalizeHeader(field);
    if (DATASET_KINDS.some((kind) => lookup(kind).has(key))) known++;
  }
  return known;
}

export interface HeaderMapping {
  readonly schema: KindSchema;
  /** Aligned with schema.columns: the field index holding that column, or -1 when the file lacks it. */
  readonly fieldIndex: readonly number[];
  /** Aligned with schema.columns: the header as written, or the canonical name when absent. */
  readonly written: readonly string[];
  readonly fieldCount: number;
  /**
   * Aligned with schema.columns: a cell every record holds in that column (a constant the reading sets),
   * converted once instead of per record; null when records differ. A column the file lacks is '' throughout.
   */
  readonly sameCells?: readonly (string | null)[];
}

export type HeaderResult =
  | { readonly ok: true; readonly mapping: HeaderMapping; readonly warnings: LoadIssue[] }
  | { readonly ok: false; readonly kind: DatasetKind | null; readonly issues: LoadIssue[] };

function describeKinds(): string {
  return DATASET_KINDS.map((kind) => `${kind}: ${requiredColumns(kind).join(', ')}`).join('; ');
}

interface KindFit {
  readonly kind: DatasetKind;
  readonly matched: number;
  readonly requiredMatched: number;
  readonly requiredTotal: number;
}

function fit(kind: DatasetKind, keys: readonly string[]): KindFit {
  const table = lookup(kind);
  const found = new Set<string>();
  for (const key of keys) {
    const name = table.get(key);
    if (name !== undefined) found.add(name);
  }
  const required = requiredColumns(kind);
  const requiredMatched = required.filter((name) => found.has(name)).length;
  return { kind, matched: found.size, requiredMatched, requiredTotal: required.length };
}

/** Picks the kind whose required columns are all present (the most demanding one wins), or null. */
function detectKind(keys: readonly string[]): { kind: DatasetKind | null; nearest: KindFit } {
  const fits = DATASET_KINDS.map((kind) => fit(kind, keys));
  const complete = fits.filter((f) => f.requiredMatched === f.requiredTotal);
  complete.sort((a, b) => b.requiredTotal - a.requiredTotal || b.matched - a.matched);
  const nearest = [...fits].sort(
    (a, b) => b.requiredMatched / b.requiredTotal - a.requiredMatched / a.requiredTotal || b.matched - a.matched,
  )[0] as KindFit;
  return { kind: complete[0]?.kind ?? null, nearest };
}

/** Reads the header row (fields as written) found on `line`. */
export function matchHeaders(fields: readonly string[], line: number, forcedKind?: DatasetKind): HeaderResult {
  const issues: LoadIssue[] = [];
  const keys = fields.map(normalizeHeader);

  fields.forEach((field, i) => {
    const lower = field.trim().toLowerCase();
    if (FORBIDDEN.has(lower) || FORBIDDEN.has(keys[i] as string)) {
      issues.push(loadError('forbidden_column', line, field, field, `The column name '${field.trim()}' is not allowed. Rename the column.`, { column: field.trim() }));
    }
  });
  const firstSeen = new Map<string, number>();
  keys.forEach((key, i) => {
    if (key === '') return;
    const earlier = firstSeen.get(key);
    if (earlier === undefined) firstSeen.set(key, i);
    else {
      const a = (fields[earlier] as string).trim();
      const b = (fields[i] as string).trim();
      issues.push(loadError('duplicate_column', line, fields[i] as string, fields[i] as string, `The columns '${a}' and '${b}' have the same name. Keep one of them.`, { column: b, other: a }));
    }
  });
  if (issues.length > 0) return { ok: false, kind: null, issues };

  const detected = detectKind(keys);
  const kind = forcedKind ?? detected.kind;
  if (kind === null) {
    const near = detected.nearest;
    if (near.requiredMatched >= 2 && near.requiredMatched * 2 >= near.requiredTotal) {
      return { ok: false, kind: near.kind, issues: missingColumns(near.kind, keys, line) };
    }
    const shown = fields.map((f) => f.trim()).join(', ');
    issues.push(
      loadError('unknown_kind', line, null, shown, `The headers (${shown}) do not match any kind of dataset. Each kind needs these columns: ${describeKinds()}.`, { columns: shown, kinds: describeKinds() }),
    );
    return { ok: false, kind: null, issues };
  }

  const schema = SCHEMAS[kind];
  const table = lookup(kind);
  const fieldIndex = schema.columns.map(() => -1);
  const written = schema.columns.map((c) => c.name);
  const warnings: LoadIssue[] = [];
  keys.forEach((key, i) => {
    const field = fields[i] as string;
    const name = table.get(key);
    const at = name === undefined ? -1 : schema.columns.findIndex((c) => c.name === name);
    if (at < 0) {
      if (key === '') warnings.push(loadWarning('unnamed_column', line, field, null, `Column ${i + 1} has no header; its cells were ignored.`, { index: i + 1 }));
      else warnings.push(loadWarning('unknown_column', line, field, field, `The column '${field.trim()}' is not part of a ${kind} dataset; its cells were ignored.`, { column: field.trim(), kind }));
      return;
    }
    if (fieldIndex[at] !== -1) {
      const a = written[at] as string;
      issues.push(loadError('duplicate_column', line, field, field, `The columns '${a.trim()}' and '${field.trim()}' both mean '${name}'. Keep one of them.`, { column: field.trim(), other: a.trim(), canonical: name as string }));
      return;
    }
    fieldIndex[at] = i;
    written[at] = field;
  });
  if (issues.length > 0) return { ok: false, kind, issues };
  const missing = missingColumns(kind, keys, line);
  if (missing.length > 0) return { ok: false, kind, issues: missing };
  return { ok: true, mapping: { schema, fieldIndex, written, fieldCount: fields.length }, warnings };
}

function missingColumns(kind: DatasetKind, keys: readonly string[], line: number): LoadIssue[] {
  const table = lookup(kind);
  const present = new Set(keys.map((k) => table.get(k)));
  return requiredColumns(kind)
    .filter((name) => !present.has(name))
    .map((name) =>
      loadError('missing_column', line, name, null, `A ${kind} file needs a column '${name}', and this file has none. Add it, or rename the column that holds it.`, { column: name, kind }),
    );
}
