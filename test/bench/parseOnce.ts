// One timed parse of the bench CSV, alone in a fresh process: `node --expose-gc --import tsx
// test/bench/parseOnce.ts <contender> <csv>` prints {"wall":ms,"cpu":ms,"rows":n} on its last line.
//
// Why a process per run: our loader and the papaparse baselines run the same papaparse code. In one
// process, V8's allocation feedback from one contender changes how the next one's objects are allocated
// (after papaparse has kept a million rows alive, V8 allocates its rows straight into the old generation,
// which then costs a streaming parser extra collections, and the other way round). In the app the loader
// runs alone in its own worker, so each contender here gets its own fresh heap and JIT as well.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { loadCsv } from '../../src/data/loadCsv';
import { benchContext } from './benchContext';

const CONTENDERS = ['loader', 'papaRaw', 'papaTyped'] as const;
type Contender = (typeof CONTENDERS)[number];

const [contender, csvPath] = process.argv.slice(2) as [Contender, string];
if (!CONTENDERS.includes(contender) || !csvPath) throw new Error(`usage: parseOnce.ts <${CONTENDERS.join('|')}> <csv>`);

// Not timed, as in the app where the browser has read the File and the worker has built its resolver:
// the loader gets the file's bytes, papaparse the decoded text.
const bytes = new Uint8Array(readFileSync(csvPath));
const text = contender === 'loader' ? '' : new TextDecoder().decode(bytes);
const context = benchContext();

const run: Record<Contender, () => number> = {
  // End to end: everything loadCsv does (decode, parse, convert, columnar, duplicate check).
  loader: () => loadCsv(bytes, { fileName: csvPath.split('/').at(-1) ?? 'bench.csv' }, context).dataset?.rowCount ?? -1,
  papaRaw: () => Papa.parse(text, { header: false }).data.length,
  papaTyped: () => Papa.parse(text, { header: true, dynamicTyping: true }).data.length,
};

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('parseOnce: run with node --expose-gc');
gc();
gc();
const cpu0 = process.cpuUsage();
const start = performance.now();
const rows = run[contender]();
const wall = performance.now() - start;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ wall, cpu: (cpu.user + cpu.system) / 1000, rows }));
