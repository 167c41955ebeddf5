// data/indicators.csv, read as plain CSV until the app loads the indicator kind: every row names its series,
// unit, country and year, and keeps the provenance rules of the other bundled files.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { provenanceProblems } from './provenanceRules';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
const COLUMNS = ['indicator', 'unit', 'country', 'year', 'value', 'qualifier', 'source', 'source_url', 'source_date', 'status', 'note'];
const REQUIRED = ['indicator', 'unit', 'country', 'year', 'value', 'qualifier', 'source', 'status'];
const UNITS = ['count', 'percent', 'per_1000', 'other'];

const parsed = Papa.parse<Record<string, string>>(read('../../data/indicators.csv'), { header: true, skipEmptyLines: true });
const rows = parsed.data;
const iso3 = new Set(Papa.parse<Record<string, string>>(read('../../data/countries.csv'), { header: true, skipEmptyLines: true }).data.map((c) => c.iso3));
/** Line of a row in the file (header on line 1; no cell spans lines). */
const at = (i: number) => `line ${i + 2}`;

describe('data/indicators.csv', () => {
  it('parses cleanly with exactly the indicator columns', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual(COLUMNS);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('fills every required column, with a known unit, qualifier, country and a plausible year and value', () => {
    const problems = rows.flatMap((row, i) => [
      ...REQUIRED.filter((c) => !row[c]?.trim()).map((c) => `${at(i)}: empty ${c}`),
      ...(UNITS.includes(row.unit!) ? [] : [`${at(i)}: unit "${row.unit}"`]),
      ...(['exact', 'at_least', 'approx'].includes(row.qualifier!) ? [] : [`${at(i)}: qualifier "${row.qualifier}"`]),
      ...(iso3.has(row.country!) ? [] : [`${at(i)}: country "${row.country}" is not an ISO alpha-3 code of countries.csv`]),
      ...(/^(19|20)\d\d$/.test(row.year!) ? [] : [`${at(i)}: year "${row.year}"`]),
      ...(/^\d+(\.\d+)?$/.test(row.value!) ? [] : [`${at(i)}: value "${row.value}" is not a plain number`]),
      ...(row.unit === 'percent' && Number(row.value) > 100 ? [`${at(i)}: ${row.value} percent`] : []),
      // "other" units (hours, a rank) are named in the note, since the column cannot say them.
      ...(row.unit === 'other' && !/\b(unit|rank)\b/i.test(row.note ?? '') ? [`${at(i)}: unit "other" without a note naming it`] : []),
    ]);
    expect(problems).toEqual([]);
  });

  it('keeps the provenance rules: sourced, dated or saying why not, addresses from the research notes', () => {
    const problems = rows.flatMap((row, i) => provenanceProblems({
      source: row.source || null, source_url: row.source_url || null, source_date: row.source_date || null,
      status: row.status || null, note: row.note || null, qualifier: row.qualifier || null,
    }).map((p) => `${at(i)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('has one row per series, country and year', () => {
    const keys = rows.map((row) => `${row.indicator}|${row.country}|${row.year}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('keeps each series in one unit (different methods are never one series)', () => {
    const units = new Map<string, Set<string>>();
    for (const row of rows) units.set(row.indicator!, (units.get(row.indicator!) ?? new Set()).add(row.unit!));
    expect([...units].filter(([, u]) => u.size > 1).map(([name]) => name)).toEqual([]);
  });

  it('holds the registered non-profit counts as their own series, never as volunteer organisations', () => {
    const registered = rows.filter((row) => /registered|NGOs/i.test(row.indicator!));
    expect(new Set(registered.map((row) => row.country))).toEqual(new Set(['RUS', 'UZB', 'KGZ', 'TJK']));
    expect(registered.every((row) => /not volunteer organisations/.test(row.note!))).toBe(true);
    expect(rows.find((row) => row.country === 'RUS' && row.year === '2018' && /Ministry of Justice register/.test(row.indicator!))?.value).toBe('219500');
  });
});
