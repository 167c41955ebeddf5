// npm run bench: loads a synthetic 1,000,000-row placements CSV and times our loader against
// papaparse, a group-by over the result, and its heap. Other bench modules add their numbers.
// Last line: bench: {...json}. Exit code 1 when a floor is missed.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { AGGREGATES } from '../../src/data/aggregates';
import { parseCountriesCsv } from '../../src/data/countries';
import { createCountryResolver } from '../../src/data/countryResolver';
import { loadCsv } from '../../src/data/loadCsv';
import type { Dataset, LoadResult } from '../../src/data/types';
import { median, timeAggregate } from './aggregate';

const ROWS = 1_000_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MB = 1024 * 1024;
const here = import.meta.dirname;
const cacheDir = resolve(here, '.cache');
// Prefer the loader owner's generator (it knows the awkward cases); fall back to ours.
const fixture = resolve(here, 'loaderFixture.ts');
const generator = existsSync(fixture) ? 'loaderFixture' : 'generate';
const csvPath = resolve(cacheDir, `placements-${ROWS}-${generator}.csv`);

/** Bench modules other areas may add; each exports `bench(dataset): Promise<Record<string, number>>`. */
const SECTIONS = ['views.ts', 'table.ts'];

const FLOORS: ReadonlyArray<{ name: string; ok: (r: Record<string, number>) => boolean; text: (r: Record<string, number>) => string }> = [
  { name: 'loader', ok: (r) => (r.ratioVsPapaRaw ?? Infinity) <= 1.25, text: (r) => `loader took ${r.ratioVsPapaRaw}x papaparse header:false (floor 1.25x)` },
  { name: 'aggregate', ok: (r) => (r.aggregateMs ?? Infinity) < 16, text: (r) => `group-by-country over 1M rows took ${r.aggregateMs} ms (floor < 16 ms)` },
  { name: 'heap', ok: (r) => (r.heapMB ?? Infinity) < 150, text: (r) => `the loaded dataset holds ${r.heapMB} MB of heap (floor < 150 MB)` },
];

const gc = (): void => {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error('bench: run with node --expose-gc (npm run bench)');
  collect();
  collect();
};
const heapBytes = (): number => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (text: string): void => void process.stderr.write(`${text}\n`);

async function ensureCsv(): Promise<void> {
  if (existsSync(csvPath)) return;
  mkdirSync(cacheDir, { recursive: true });
  const start = performance.now();
  let text: string | Uint8Array;
  if (generator === 'loaderFixture') {
    const mod = (await import(pathToFileURL(fixture).href)) as { makePlacementsCsv: (rows: number, seed?: number) => string | Uint8Array };
    text = mod.makePlacementsCsv(ROWS, 1);
  } else {
    const { generatePlacementsCsv } = await import('./generate');
    text = generatePlacementsCsv(ROWS, 1);
  }
  writeFileSync(csvPath, text);
  log(`generated ${csvPath} in ${round((performance.now() - start) / 1000)} s`);
}

function timeLoader(): { ms: number; result: LoadResult; heapMB: number } {
  const countries = parseCountriesCsv(readFileSync(resolve(here, '../../data/countries.csv'), 'utf8'));
  const context = createCountryResolver(countries, AGGREGATES);
  const times: number[] = [];
  let result: LoadResult | null = null;
  let before = 0;
  for (let i = 0; i < RUNS; i++) {
    result = null;
    gc();
    before = heapBytes();
    const start = performance.now();
    const bytes = new Uint8Array(readFileSync(csvPath));
    result = loadCsv(bytes, { fileName: 'placements-1m.csv' }, context);
    times.push(performance.now() - start);
  }
  gc(); // the file bytes are garbage now; what remains is the dataset (and the report)
  const heapMB = (heapBytes() - before) / MB;
  if (!result?.dataset) throw new Error(`bench: the loader failed: ${JSON.stringify(result?.report.issues.slice(0, 3))}`);
  return { ms: median(times), result, heapMB };
}

function timePapa(text: string, config: Papa.ParseConfig): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    gc();
    const start = performance.now();
    const parsed = Papa.parse(text, config);
    times.push(performance.now() - start);
    if (parsed.data.length < ROWS) throw new Error(`bench: papaparse read ${parsed.data.length} rows`);
  }
  return median(times);
}

async function runSections(dataset: Dataset): Promise<Record<string, number>> {
  const numbers: Record<string, number> = {};
  for (const file of SECTIONS) {
    const path = resolve(here, file);
    if (!existsSync(path)) continue;
    const mod = (await import(pathToFileURL(path).href)) as { bench?: (d: Dataset) => Promise<Record<string, number>> };
    if (typeof mod.bench !== 'function') throw new Error(`bench: ${file} does not export bench(dataset)`);
    const start = performance.now();
    Object.assign(numbers, await mod.bench(dataset));
    log(`section ${file}: ${round(performance.now() - start, 0)} ms`);
  }
  return numbers;
}

await ensureCsv();
const mb = round(statSync(csvPath).size / MB);
const loader = timeLoader();
const { dataset, report } = loader.result;
if (!dataset || dataset.rowCount !== ROWS) {
  log(`bench: expected ${ROWS} rows, loaded ${dataset?.rowCount}; ${report.rejected} rejected, ${report.merged} merged, ${report.issues.length} issues`);
}
log(`loader: ${round(loader.ms, 0)} ms, ${dataset?.rowCount} rows, heap ${round(loader.heapMB)} MB`);
const aggregate = timeAggregate(dataset as Dataset);
log(`aggregate: ${round(aggregate.ms, 2)} ms over ${aggregate.groups} countries`);
const sections = await runSections(dataset as Dataset);

const text = new TextDecoder().decode(readFileSync(csvPath));
const papaRawMs = timePapa(text, { header: false });
log(`papaparse header:false: ${round(papaRawMs, 0)} ms`);
const papaTypedMs = timePapa(text, { header: true, dynamicTyping: true });
log(`papaparse header:true + dynamicTyping: ${round(papaTypedMs, 0)} ms`);

const result: Record<string, number> = {
  rows: dataset?.rowCount ?? 0,
  mb,
  loaderMs: round(loader.ms, 0),
  papaRawMs: round(papaRawMs, 0),
  papaTypedMs: round(papaTypedMs, 0),
  ratioVsPapaRaw: round(loader.ms / papaRawMs, 2),
  aggregateMs: round(aggregate.ms, 2),
  heapMB: round(loader.heapMB),
  ...sections,
};
const missed = FLOORS.filter((floor) => !floor.ok(result));
for (const floor of missed) log(`bench: FLOOR MISSED (${floor.name}): ${floor.text(result)}`);
if (result.rows !== ROWS) missed.push(FLOORS[0] as (typeof FLOORS)[number]);
process.exitCode = missed.length > 0 ? 1 : 0;
console.log(`bench: ${JSON.stringify(result)}`);
