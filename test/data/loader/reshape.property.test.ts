// Properties of reshaping: any long dataset written wide (by year, by type) reads back as the same
// rows; microdata counted by the loader equals a plain count; every record is accounted for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invariantHolds, load, rowsOf } from './helpers';

const COUNTRIES = ['KAZ', 'RUS', 'CHN', 'IND', 'IRN', 'TUR', 'UZB', 'KGZ', 'TJK', 'AFG', 'EGY', 'ARE'] as const;
const byKey = (a: readonly (string | number)[], b: readonly (string | number)[]): number => String(a).localeCompare(String(b));
const sorted = <T extends readonly (string | number)[]>(rows: T[]): T[] => [...rows].sort(byKey);

/** Long rows (country, year, value) with unique keys; missing cells are simply absent. */
const longRows = fc.uniqueArray(
  fc.record({
    country: fc.constantFrom(...COUNTRIES),
    year: fc.integer({ min: 1990, max: 2030 }),
    value: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
  }),
  { selector: (r) => `${r.country}|${r.year}`, minLength: 1, maxLength: 60 },
);

describe('wide by year', () => {
  it('long rows written one column per year read back as the same rows', () => {
    fc.assert(fc.property(longRows, fc.constantFrom(',', ';', '\t'), fc.boolean(), (rows, sep, yrPrefix) => {
      const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
      if (years.length < 2) years.push(years[0]! + 1);
      const countries = [...new Set(rows.map((r) => r.country))];
      const cell = (v: number): string => (sep === ';' ? String(v).replace('.', ',') : String(v));
      const lines = [['Country', ...years.map((y) => (yrPrefix ? `YR${y}` : String(y)))].join(sep)];
      for (const c of countries) {
        lines.push([c, ...years.map((y) => {
          const hit = rows.find((r) => r.country === c && r.year === y);
          return hit ? cell(hit.value) : '';
        })].join(sep));
      }
      const result = load(`${lines.join('\n')}\n`, { kind: 'indicators' });
      expect(invariantHolds(result)).toBe(true);
      expect(result.report.reading?.shape).toBe('wide_year');
      expect(result.report.rejected).toBe(0);
      const back = rowsOf(result.dataset, ['country', 'year', 'value']).map((r) => [r.country, r.year, r.value] as [string, number, number]);
      expect(sorted(back)).toEqual(sorted(rows.map((r) => [r.country, r.year, r.value] as [string, number, number])));
      expect(result.report.reading?.figures).toBe(rows.length);
      expect(result.report.reading?.missingFigures).toBe(countries.length * years.length - rows.length);
    }), { numRuns: 150 });
  });
});

const typedRows = fc.uniqueArray(
  fc.record({
    country: fc.constantFrom(...COUNTRIES),
    year: fc.integer({ min: 2000, max: 2030 }),
    type: fc.constantFrom('national', 'international'),
    count: fc.nat({ max: 100_000 }),
  }),
  { selector: (r) => `${r.country}|${r.year}|${r.type}`, minLength: 1, maxLength: 60 },
);
const TYPE_HEADERS = [
  ['National UN Volunteers', 'International UN Volunteers'],
  ['Национальные добровольцы ООН', 'Международные добровольцы ООН'],
  ['БҰҰ ұлттық еріктілері', 'БҰҰ халықаралық еріктілері'],
  ['متطوعو الأمم المتحدة الوطنيون', 'متطوعو الأمم المتحدة الدوليون'],
] as const;

describe('wide by type', () => {
  it('long rows written one column per type (in any of the four languages) read back as the same rows', () => {
    fc.assert(fc.property(typedRows, fc.constantFrom(...TYPE_HEADERS), (rows, [national, international]) => {
      const keys = [...new Set(rows.map((r) => `${r.country}|${r.year}`))];
      const lines = [`Country,Year,${national},${international}`];
      for (const key of keys) {
        const [c, y] = key.split('|') as [string, string];
        const of = (type: string): string => String(rows.find((r) => r.country === c && String(r.year) === y && r.type === type)?.count ?? '');
        lines.push(`${c},${y},${of('national')},${of('international')}`);
      }
      const result = load(`${lines.join('\n')}\n`);
      expect(invariantHolds(result)).toBe(true);
      expect(result.report.kind).toBe('placements');
      expect(result.report.reading?.shape).toBe('wide_type');
      const back = rowsOf(result.dataset, ['country', 'year', 'type', 'count', 'perspective'])
        .map((r) => [r.country, r.year, r.type, r.count, r.perspective] as (string | number)[]);
      expect(sorted(back)).toEqual(sorted(rows.map((r) => [r.country, r.year, r.type, r.count, 'duty_station'])));
    }), { numRuns: 150 });
  });
});

const assignments = fc.array(
  fc.record({
    duty: fc.constantFrom(...COUNTRIES),
    nationality: fc.constantFrom(...COUNTRIES),
    type: fc.constantFrom('National UN Volunteer', 'International UN Volunteer'),
    date: fc.date({ min: new Date('2015-01-01'), max: new Date('2024-12-31'), noInvalidDate: true }),
  }),
  { minLength: 1, maxLength: 80 },
);

describe('microdata', () => {
  it('rows counted by the loader equal a plain count per year, country, perspective and type', () => {
    fc.assert(fc.property(assignments, (list) => {
      const lines = ['assignment_id,duty_station,nationality,category,start_date'];
      list.forEach((a, i) => lines.push(`${i + 1},${a.duty},${a.nationality},${a.type},${a.date.toISOString().slice(0, 10)}`));
      const reference = new Map<string, number>();
      const add = (key: string): void => void reference.set(key, (reference.get(key) ?? 0) + 1);
      for (const a of list) {
        const year = a.date.getUTCFullYear();
        const type = a.type.startsWith('International') ? 'international' : 'national';
        add(`${year}|${a.duty}|duty_station|${type}`);
        add(`${year}|${a.nationality}|nationality|${type}`);
      }
      const result = load(`${lines.join('\n')}\n`);
      expect(invariantHolds(result)).toBe(true);
      expect(result.report.reading?.shape).toBe('microdata');
      expect(result.report.loaded).toBe(list.length);
      const counted = new Map(rowsOf(result.dataset, ['year', 'country', 'perspective', 'type', 'count'])
        .map((r) => [`${r.year}|${r.country}|${r.perspective}|${r.type}`, r.count as number]));
      expect(counted).toEqual(reference);
    }), { numRuns: 150 });
  });
});
