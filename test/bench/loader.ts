// Loader vs papaparse alone on the same in-memory placements CSV, plus the heap the dataset keeps.
// Run: node --expose-gc --import tsx test/bench/loader.ts [rows]
import Papa from 'papaparse';
import { loadCsv } from '../../src/data/loadCsv';
import type { LoaderContext } from '../../src/data/loaderContext';
import { makePlacementsCsv } from './loaderFixture';

const rows = Number(process.argv[2] ?? 200_000);
const rounds = Number(process.argv[3] ?? 5);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const CODE = /^[A-Z]{3}$/;
const context: LoaderContext = { resolveCountry: (raw) => (CODE.test(raw) ? { ok: true, code: raw } : { ok: false, suggestion: null }) };

const text = makePlacementsCsv(rows);
const bytes = new TextEncoder().encode(text);
console.log(`${rows} rows, ${(bytes.length / 1e6).toFixed(1)} MB`);

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const wall: Record<string, number[]> = { papa: [], loader: [] };

/** CPU time of the process (less disturbed than wall time on a shared machine), after a full GC. */
function time(fn: () => unknown, name: 'papa' | 'loader'): number {
  gc();
  const start = cpuMs();
  const started = performance.now();
  fn();
  wall[name]?.push(performance.now() - started);
  return cpuMs() - start;
}

// Heap first, while nothing else has been allocated: what a loaded dataset keeps alive.
function heldBy(fn: () => unknown): { heap: number; buffers: number; value: unknown } {
  gc();
  gc();
  const before = process.memoryUsage();
  const value = fn();
  gc();
  gc();
  const after = process.memoryUsage();
  return { heap: after.heapUsed - before.heapUsed, buffers: after.arrayBuffers - before.arrayBuffers, value };
}
const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
const held = heldBy(() => loadCsv(bytes, { fileName: 'bench.csv' }, context));
const result = held.value as ReturnType<typeof loadCsv>;
console.log(`dataset: ${result.dataset?.rowCount} rows, ${result.report.issues.length} issues; heap ${mb(held.heap)} MB + typed arrays ${mb(held.buffers)} MB = ${mb(held.heap + held.buffers)} MB (limit 150)`);
if (result.report.failed || result.dataset?.rowCount !== rows) console.log('UNEXPECTED', result.report.issues.slice(0, 3));

const papa: number[] = [];
const loader: number[] = [];
for (let i = 0; i < rounds; i++) {
  papa.push(time(() => Papa.parse(text, { header: false }), 'papa'));
  loader.push(time(() => loadCsv(bytes, { fileName: 'bench.csv' }, context), 'loader'));
}
const best = (xs: number[]): number => Math.min(...xs);
console.log(`papaparse header:false   ${best(papa).toFixed(0)} ms CPU  (runs ${papa.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`loadCsv (bytes->dataset) ${best(loader).toFixed(0)} ms CPU  (runs ${loader.map((x) => x.toFixed(0)).join(', ')})`);
console.log(`ratio loader/papa ${(best(loader) / best(papa)).toFixed(2)} CPU, ${(best(wall.loader ?? []) / best(wall.papa ?? [])).toFixed(2)} wall (best ${best(wall.loader ?? []).toFixed(0)} / ${best(wall.papa ?? []).toFixed(0)} ms) (limit 1.25)`);

