// npm run bench: loads a synthetic 1,000,000-row placements CSV and times our loader against
// papaparse (each timed run in a fresh process: parseOnce.ts), a group-by over the result, and its heap. Other bench modules add their numbers.
// Last line: bench: {...json}. Exit code 1 when a floor is missed.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { loadCsv } from '../../src/data/loadCsv';
import { benchContext } from './benchContext';
import { makePlacementsCsv } from './loaderFixture';
import { makeWideCsv, WIDE_ROWS, WIDE_YEARS } from './wideFixture';
import type { Dataset, LoadResult } from '../../src/data/types';
import { median, timeAggregate } from './aggregate';
import { gating } from './notGating';

const ROWS = 1_000_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MB = 1024 * 1024;
const here = import.meta.dirname;
const cacheDir = resolve(here, '.cache');
// The generator's own source is part of the cache key, so editing it regenerates the file.
const generatorHash = createHash('sha1').update(readFileSync(resolve(here, 'loaderFixture.ts'))).digest('hex').slice(0, 8);
const csvPath = resolve(cacheDir, `placements-${ROWS}-${generatorHash}.csv`);
const wideHash = createHash('sha1').update(readFileSync(resolve(here, 'wideFixture.ts'))).digest('hex').slice(0, 8);
const widePath = resolve(cacheDir, `wide-${WIDE_ROWS}x${WIDE_YEARS}-${wideHash}.csv`);
const wideFiguresPath = `${widePath}.figures`;

/** Bench modules other areas may add; each exports `bench(dataset): Promise<Record<string, number>>`. */
const SECTIONS = ['views.ts', 'table.ts'];

const FLOORS: ReadonlyArray<{ name: string; ok: (r: Record<string, number>) => boolean; text: (r: Record<string, number>) => string }> = [
  { name: 'loader', ok: (r) => (r.ratioVsPapaRaw ?? Infinity) <= 1.25, text: (r) => `loader took ${r.ratioVsPapaRaw}x papaparse header:false (floor 1.25x)` },
  { name: 'wideLoader', ok: (r) => (r.wideRatioVsPapaRaw ?? Infinity) <= 1.25, text: (r) => `loading a 40,000 x 25 wide file took ${r.wideRatioVsPapaRaw}x papaparse header:false (floor 1.25x)` },
  { name: 'aggregate', ok: (r) => (r.aggregateMs ?? Infinity) < 16, text: (r) => `group-by-country over 1M rows took ${r.aggregateMs} ms (floor < 16 ms)` },
  { name: 'heap', ok: (r) => (r.heapMB ?? Infinity) < 150, text: (r) => `the loaded dataset holds ${r.heapMB} MB of heap (floor < 150 MB)` },
  { name: 'views', ok: (r) => (r.viewsMs ?? Infinity) < 50, text: (r) => `recomputing every view after a filter change took ${r.viewsMs} ms (floor < 50 ms)` },
  { name: 'tableSort', ok: (r) => (r.tableSortMs ?? Infinity) < 500, text: (r) => `sorting the table took ${r.tableSortMs} ms (floor < 500 ms)` },
  { name: 'tableFilter', ok: (r) => (r.tableFilterMs ?? Infinity) < 200, text: (r) => `filtering the table took ${r.tableFilterMs} ms (floor < 200 ms)` },
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
/** Collects, then lets a task pass: V8 frees the backing stores of dead ArrayBuffers only after the GC. */
async function settledHeap(): Promise<number> {
  gc();
  await new Promise((ok) => setTimeout(ok, 20));
  gc();
  return heapBytes();
}
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (text: string): void => void process.stderr.write(`${text}\n`);

function ensureCsv(): void {
  if (existsSync(csvPath)) return;
  mkdirSync(cacheDir, { recursive: true });
  const start = performance.now();
  writeFileSync(csvPath, makePlacementsCsv(ROWS, 1));
  log(`generated ${csvPath} in ${round((performance.now() - start) / 1000)} s`);
}

interface Timing {
  readonly wall: number;
  /** CPU time of the timing process (all its threads, so GC helpers count too). */
  readonly cpu: number;
}

const CONTENDERS = ['loader', 'papaRaw', 'papaTyped'] as const;
type Contender = (typeof CONTENDERS)[number];

/** One timed parse in a fresh process (see parseOnce.ts for why). `rows`: what the loader must load; papaparse reads at least `records`. */
function timeOnce(contender: Contender, path = csvPath, rows = ROWS, records = ROWS): Timing {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', resolve(here, 'parseOnce.ts'), contender, path], {
    encoding: 'utf8', maxBuffer: 1 << 20,
  });
  const timing = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Timing & { rows: number };
  // papaparse also counts the header and the empty row after the last line break.
  if (contender === 'loader' ? timing.rows !== rows : timing.rows < records) throw new Error(`bench: ${contender} read ${timing.rows} rows, expected ${contender === 'loader' ? rows : records}`);
  return timing;
}

/** The wide file against papaparse header:false on the same text, interleaved like the main runs. */
function timeWide(): { wideLoaderMs: number; widePapaRawMs: number; wideFigures: number } {
  if (!existsSync(widePath) || !existsSync(wideFiguresPath)) {
    const { csv, figures } = makeWideCsv();
    writeFileSync(widePath, csv);
    writeFileSync(wideFiguresPath, String(figures));
  }
  const figures = Number(readFileSync(wideFiguresPath, 'utf8'));
  const loader: number[] = [];
  const papa: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    loader.push(timeOnce('loader', widePath, figures, WIDE_ROWS).wall);
    papa.push(timeOnce('papaRaw', widePath, figures, WIDE_ROWS).wall);
  }
  log(`wide ${WIDE_ROWS} x ${WIDE_YEARS}: loader ${loader.map((x) => round(x, 0)).join(', ')} ms; papaparse header:false ${papa.map((x) => round(x, 0)).join(', ')} ms; ${figures} figures`);
  return { wideLoaderMs: median(loader), widePapaRawMs: median(papa), wideFigures: figures };
}

/** Contenders interleaved, so a neighbour's burst of work on the shared CPUs hits all of them alike. */
function timeParsers() {
  const times: Record<Contender, Timing[]> = { loader: [], papaRaw: [], papaTyped: [] };
  for (let i = 0; i < RUNS; i++) for (const contender of CONTENDERS) times[contender].push(timeOnce(contender));
  const med = (contender: Contender, key: keyof Timing): number => median(times[contender].map((x) => x[key]));
  log(`loader runs: ${times.loader.map((x) => round(x.wall, 0)).join(', ')} ms; papaparse header:false: ${times.papaRaw.map((x) => round(x.wall, 0)).join(', ')} ms`);
  return {
    loaderMs: med('loader', 'wall'), loaderCpuMs: med('loader', 'cpu'),
    papaRawMs: med('papaRaw', 'wall'), papaRawCpuMs: med('papaRaw', 'cpu'),
    papaTypedMs: med('papaTyped', 'wall'), papaTypedCpuMs: med('papaTyped', 'cpu'),
  };
}

/** Loads the file once more in this process, untimed, for the heap the dataset keeps and for the other sections. */
async function loadForSections(): Promise<{ result: LoadResult; heapMB: number }> {
  const bytes = new Uint8Array(readFileSync(csvPath));
  const context = benchContext();
  const before = await settledHeap();
  const result = loadCsv(bytes, { fileName: 'placements-1m.csv' }, context);
  // The legacy RegExp.input static keeps the last regex subject alive: here a slice of the decoded
  // text, which pins all of it. It is not part of the dataset (in the app it stays in the worker
  // until its next regex), so it is released before measuring, and logged.
  const pinned = await settledHeap();
  /(?:)/.exec('');
  const heapMB = ((await settledHeap()) - before) / MB;
  log(`heap: dataset ${round(heapMB)} MB; ${round((pinned - before) / MB)} MB before releasing the RegExp.input static`);
  return { result, heapMB };
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

ensureCsv();
log(`load average ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} on ${os.availableParallelism()} CPUs; ${RUNS} runs each`);
const mb = round(statSync(csvPath).size / MB);
const t = timeParsers();
const wide = timeWide();
const { result: loaded, heapMB } = await loadForSections();
const { dataset, report } = loaded;
if (!dataset || dataset.rowCount !== ROWS) {
  log(`bench: expected ${ROWS} rows, loaded ${dataset?.rowCount}; ${report.rejected} rejected, ${report.merged} merged, ${report.issues.length} issues`);
}
log(`loader: ${round(t.loaderMs, 0)} ms (cpu ${round(t.loaderCpuMs, 0)} ms), ${dataset?.rowCount} rows, heap ${round(heapMB)} MB`);
log(`papaparse header:false: ${round(t.papaRawMs, 0)} ms (cpu ${round(t.papaRawCpuMs, 0)} ms)`);
log(`papaparse header:true + dynamicTyping: ${round(t.papaTypedMs, 0)} ms (cpu ${round(t.papaTypedCpuMs, 0)} ms)`);
const aggregate = timeAggregate(dataset as Dataset);
log(`aggregate: ${round(aggregate.ms, 2)} ms over ${aggregate.groups} countries`);
const sections = await runSections(dataset as Dataset);

const result: Record<string, number> = {
  rows: dataset?.rowCount ?? 0,
  mb,
  loaderMs: round(t.loaderMs, 0),
  papaRawMs: round(t.papaRawMs, 0),
  papaTypedMs: round(t.papaTypedMs, 0),
  ratioVsPapaRaw: round(t.loaderMs / t.papaRawMs, 2),
  wideLoaderMs: round(wide.wideLoaderMs, 0),
  widePapaRawMs: round(wide.widePapaRawMs, 0),
  wideRatioVsPapaRaw: round(wide.wideLoaderMs / wide.widePapaRawMs, 2),
  aggregateMs: round(aggregate.ms, 2),
  heapMB: round(heapMB),
  ...sections,
};
const missed = FLOORS.filter((floor) => !floor.ok(result));
for (const floor of missed) log(`bench: FLOOR MISSED (${floor.name}): ${floor.text(result)}`);
if (result.rows !== ROWS) log(`bench: FLOOR MISSED (rows): loaded ${result.rows} of ${ROWS} rows`);
process.exitCode = gating(missed, (f) => `bench:${f.name}`, log).length > 0 || result.rows !== ROWS ? 1 : 0;
console.log(`bench: ${JSON.stringify(result)}`);
