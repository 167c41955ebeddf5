// The datasets the app ships: they load with no issue at all, and their headline figures are the
// ones ../shared/data-sources.md cites (450 delegates from 21 countries at the CICA rally, 12,840 UN
// Volunteers in 2023, more than 740 volunteer organisations in Kazakhstan in 2024).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AGGREGATES } from '../../src/data/aggregates';
import { codeAt, numberAt } from '../../src/data/columns';
import { createCountryResolver } from '../../src/data/countryResolver';
import { loadCsv } from '../../src/data/loadCsv';
import type { Dataset, DatasetKind } from '../../src/data/types';
import { loadCountries } from './countries/loadReference';

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
  it.each(['events', 'delegates', 'placements', 'organizations'] as const)('%s.csv loads with no error or warning, every row sourced', (kind) => {
    const dataset = loadBundled(kind);
    for (const row of rows(dataset, ['source', 'status', 'source_url'])) {
      expect(row.source).toMatch(/\S/);
      expect(['reported', 'derived', 'illustrative']).toContain(row.status);
      // An address, where one is known, is a full https URL (the source line links it).
      if (row.source_url !== null) expect(new URL(String(row.source_url)).protocol, String(row.source_url)).toBe('https:');
    }
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

  it('UN Volunteers worldwide: 12,840 in 2023 and no figure for 2022', () => {
    const world = rows(loadBundled('placements'), ['year', 'country', 'type', 'sdg', 'count', 'status'])
      .filter((row) => row.country === 'WLD' && row.type === 'total' && row.status !== 'illustrative');
    const byYear = new Map(world.map((row) => [row.year, row.count]));
    expect(byYear.get(2023)).toBe(12840);
    expect(byYear.get(2018)).toBe(7201);
    expect(byYear.has(2022)).toBe(false);
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
