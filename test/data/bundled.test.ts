// The datasets the app ships: they load with no issue at all, every row keeps the provenance rules, and
// their headline figures are the ones the research notes cite (data/research/*.md: 450 delegates from 21
// countries at the CICA rally, 12,840 UN Volunteers in 2023, 134 Chinese UN Volunteers in 2023, ...).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGGREGATES } from '../../src/data/aggregates';
import { codeAt, numberAt } from '../../src/data/columns';
import { createCountryResolver } from '../../src/data/countryResolver';
import { loadCsv } from '../../src/data/loadCsv';
import type { Dataset, DatasetKind } from '../../src/data/types';
import { loadCountries } from './countries/loadReference';
import { provenanceProblems, type ProvenanceRow } from './provenanceRules';

const context = createCountryResolver(loadCountries(), AGGREGATES);

function loadBundled(kind: DatasetKind): Dataset {
  const path = fileURLToPath(new URL(`../../data/${kind}.csv`, import.meta.url));
  const { dataset, report } = loadCsv(new Uint8Array(readFileSync(path)), { fileName: `${kind}.csv`, origin: 'bundled' }, context);
  expect(report.kind).toBe(kind);
  expect(report.issues, `${kind}.csv issues`).toEqual([]);
  expect(report.rejected).toBe(0);
  if (!dataset) throw new Error(`${kind}.csv did not load`);
  return dataset;
}

/** Row objects of the given columns, for readable assertions. */
function rows(dataset: Dataset, columns: readonly string[]): Record<string, string | number | null>[] {
  return Array.from({ length: dataset.rowCount }, (_, i) => Object.fromEntries(columns.map((name) => {
    const column = dataset.columns[name];
    if (column?.type === 'number') {
      const value = numberAt(column, i);
      return [name, Number.isNaN(value) ? null : value];
    }
    return [name, codeAt(column, i)];
  })));
}

describe('bundled datasets', () => {
  it.each(['events', 'delegates', 'placements', 'organizations', 'indicators'] as const)('%s.csv loads with no error or warning, every row sourced', (kind) => {
    const dataset = loadBundled(kind);
    const qualifier = kind === 'events' ? 'delegates_qualifier' : 'qualifier';
    const problems = rows(dataset, ['source', 'source_url', 'source_date', 'status', 'note', qualifier]).flatMap((row, i) =>
      provenanceProblems({ ...(row as unknown as ProvenanceRow), qualifier: row[qualifier] as string | null }).map((p) => `line ${dataset.lines[i]}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('the CICA rally had 450 delegates ("more than 450") from 21 countries', () => {
    const rally = rows(loadBundled('events'), ['event_id', 'delegates', 'delegates_qualifier', 'countries', 'countries_qualifier', 'host_country'])
      .find((row) => row.event_id === 'cica-rally-2024');
    expect(rally).toEqual({
      event_id: 'cica-rally-2024', delegates: 450, delegates_qualifier: 'at_least', countries: 21, countries_qualifier: 'exact', host_country: 'KAZ',
    });
  });

  it('the nine countries named at the rally took part without a published count', () => {
    const present = rows(loadBundled('delegates'), ['event_id', 'country', 'delegates', 'status'])
      .filter((row) => row.event_id === 'cica-rally-2024' && row.status === 'reported');
    expect(present.map((row) => row.country).sort()).toEqual(['AZE', 'CHN', 'IRN', 'KGZ', 'LKA', 'RUS', 'THA', 'TJK', 'UZB']);
    expect(present.every((row) => row.delegates === null)).toBe(true);
  });

  it('UN Volunteers worldwide: 12,840 in 2023, about 12,000 in 2022 (no exact total is published)', () => {
    const world = rows(loadBundled('placements'), ['year', 'country', 'type', 'sdg', 'count', 'qualifier', 'status'])
      .filter((row) => row.country === 'WLD' && row.type === 'total' && row.status !== 'illustrative');
    const byYear = new Map(world.map((row) => [row.year, [row.count, row.qualifier]]));
    expect(byYear.get(2023)).toEqual([12840, 'exact']);
    expect(byYear.get(2022)).toEqual([12000, 'approx']);
    expect(byYear.get(2018)).toEqual([7201, 'exact']);
  });

  const placement = (year: number, country: string, perspective: string, type: string) => rows(loadBundled('placements'), ['year', 'country', 'perspective', 'type', 'sdg', 'count', 'qualifier'])
    .filter((row) => row.year === year && row.country === country && row.perspective === perspective && row.type === type && row.sdg === null)
    .map((row) => [row.count, row.qualifier]);

  it('China 2023: 134 Chinese UN Volunteers, 85 at home and 49 abroad', () => {
    const [total, national, international] = (['total', 'national', 'international'] as const).map((type) => placement(2023, 'CHN', 'nationality', type));
    expect([total, national, international]).toEqual([[[134, 'exact']], [[85, 'exact']], [[49, 'exact']]]);
    expect(Number(national?.[0]?.[0]) + Number(international?.[0]?.[0])).toBe(total?.[0]?.[0]);
  });

  it('Sri Lanka had 112 UN Volunteers serving in 2023 and Jordan 83 in 2018', () => {
    expect(placement(2023, 'LKA', 'duty_station', 'total')).toEqual([[112, 'exact']]);
    expect(placement(2018, 'JOR', 'duty_station', 'total')).toEqual([[83, 'exact']]);
  });

  it('counts of part of a country (one mission, one crisis) are lower bounds that say what they cover', () => {
    const partial = rows(loadBundled('placements'), ['year', 'country', 'type', 'qualifier', 'note']).filter((row) => /^subset:/.test(String(row.note)));
    expect(partial.map((row) => `${row.country} ${row.year} ${row.type}`).sort()).toEqual([
      'AFG 2020 international', 'AFG 2020 national', 'AFG 2020 total', 'BGD 2021 total', 'CHN 2019 international', 'CHN 2021 international',
      'KAZ 2023 international', 'KAZ 2024 international', 'PAK 2022 total', 'RUS 2018 total', 'UNV-AS 2020 total',
    ]);
    expect(partial.every((row) => row.qualifier === 'at_least')).toBe(true);
  });

  it('the CIS International Volunteer Forum had 120 delegates from 8 countries, each named as present', () => {
    const forum = rows(loadBundled('events'), ['event_id', 'start_date', 'host_country', 'city', 'city_ru', 'delegates', 'delegates_qualifier', 'countries', 'countries_qualifier'])
      .find((row) => row.event_id === 'cis-volunteer-forum-2024');
    expect(forum).toEqual({
      event_id: 'cis-volunteer-forum-2024', start_date: '2024-08-01', host_country: 'KGZ', city: 'Cholpon-Ata', city_ru: 'Чолпон-Ата',
      delegates: 120, delegates_qualifier: 'exact', countries: 8, countries_qualifier: 'exact',
    });
    const present = rows(loadBundled('delegates'), ['event_id', 'country', 'delegates']).filter((row) => row.event_id === 'cis-volunteer-forum-2024');
    expect(present.map((row) => row.country).sort()).toEqual(['ARM', 'AZE', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TKM', 'UZB']);
    expect(present.every((row) => row.delegates === null)).toBe(true);
  });

  it('every event has its name in all four languages, and every delegation an event', () => {
    const events = rows(loadBundled('events'), ['event_id', 'name', 'name_ar', 'name_ru', 'name_kk', 'city', 'city_ar', 'city_ru', 'city_kk']);
    for (const event of events) {
      expect([event.name, event.name_ar, event.name_ru, event.name_kk].every((name) => typeof name === 'string' && name !== ''), String(event.event_id)).toBe(true);
      // A city is either unknown or named in every language.
      const cities = [event.city, event.city_ar, event.city_ru, event.city_kk];
      expect(cities.every((c) => c === null) || cities.every((c) => c !== null), String(event.event_id)).toBe(true);
    }
    const ids = new Set(events.map((e) => e.event_id));
    expect(rows(loadBundled('delegates'), ['event_id']).filter((row) => !ids.has(row.event_id))).toEqual([]);
  });

  it('illustrative rows appear only where no figure is published (the per-SDG split)', () => {
    const placements = loadBundled('placements');
    const sdg = placements.columns.sdg;
    const illustrative = rows(placements, ['status'])
      .map((row, i) => ({ status: row.status, goals: sdg?.type === 'goals' ? sdg.masks[i] : 0 }))
      .filter((row) => row.status === 'illustrative');
    expect(illustrative.length).toBeGreaterThan(0);
    expect(illustrative.every((row) => row.goals !== 0)).toBe(true);
    for (const kind of ['events', 'delegates', 'organizations'] as const) {
      expect(rows(loadBundled(kind), ['status']).filter((row) => row.status === 'illustrative')).toEqual([]);
    }
  });

  it('more than 740 volunteer organisations worked in Kazakhstan in October 2024', () => {
    const latest = rows(loadBundled('organizations'), ['country', 'date', 'count', 'qualifier'])
      .filter((row) => row.country === 'KAZ')
      .sort((a, b) => String(b.date).localeCompare(String(a.date)))[0];
    expect(latest).toEqual({ country: 'KAZ', date: '2024-10', count: 740, qualifier: 'at_least' });
  });
});
