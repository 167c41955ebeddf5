import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AGGREGATES } from '../../src/data/aggregates';
import { parseCountriesCsv } from '../../src/data/countries';
import { createCountryResolver } from '../../src/data/countryResolver';
import { datasetCsvFileName, datasetCsvTable } from '../../src/data/datasetCsv';
import { loadCsv } from '../../src/data/loadCsv';
import type { Dataset } from '../../src/data/types';
import { writeCsv } from '../../src/data/writeCsv';
import { rowsOf } from './loader/helpers';

const resolver = createCountryResolver(parseCountriesCsv(readFileSync('data/countries.csv', 'utf8')), AGGREGATES);
const load = (bytes: Uint8Array, fileName: string) => loadCsv(bytes, { fileName }, resolver);

describe('datasetCsvTable', () => {
  it.each(['events', 'delegates', 'placements', 'organizations'])('%s.csv survives download and reload unchanged', (kind) => {
    const first = load(readFileSync(`data/${kind}.csv`), `${kind}.csv`).dataset!;
    const text = writeCsv(datasetCsvTable(first));
    const again = load(new TextEncoder().encode(text), `${kind}.csv`);
    expect(again.report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(again.dataset!.rowCount).toBe(first.rowCount);
    expect(rowsOf(again.dataset)).toEqual(rowsOf(first));
  });

  it('writes every canonical column, countries as alpha-3 and goals as "4|5"', () => {
    const ds = load(new TextEncoder().encode('year,country,perspective,type,sdg,count\n2023,Kazakhstan,duty_station,total,5|4,12\n'), 'mine.csv').dataset!;
    const text = writeCsv(datasetCsvTable(ds));
    const [header, row] = text.slice(1).split('\r\n');
    expect(header).toBe('"year","country","perspective","type","sdg","count","qualifier","source","source_url","source_date","status","note"');
    expect(row).toBe('"2023","KAZ","duty_station","total","4|5","12","exact","mine.csv","","","reported",""');
  });
});

describe('datasetCsvFileName', () => {
  const named = (name: string) => ({ name, kind: 'events' }) as Dataset;
  it.each([
    ['placements.csv', 'placements.csv'],
    ['https://example.org/data/unv.tsv?x=1#top', 'unv.csv'],
    ['report', 'report.csv'],
    ['https://example.org/', 'example.org.csv'],
    ['a"b*.csv', 'a_b_.csv'],
  ])('%s -> %s', (name, file) => expect(datasetCsvFileName(named(name))).toBe(file));
});
