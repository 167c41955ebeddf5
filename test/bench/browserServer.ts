// The static server of the browser benchmark: dist/ with an SPA fallback, the file under test, and the yardstick's
// worker (papaparse header:false on the same bytes, decode included, as the app decodes too).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';

export const PAPA_WORKER_PATH = '/__bench/papa-worker.js';
export const browserBenchPage = '__bench/blank.html';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
};

async function papaWorkerSource(): Promise<string> {
  const papa = await readFile(createRequire(import.meta.url).resolve('papaparse/papaparse.min.js'), 'utf8');
  // papaparse is UMD: give it a CommonJS `module` so it exports instead of looking for a global `this`.
  return `const module = { exports: {} }; const exports = module.exports;\n${papa}\nconst Papa = module.exports;
self.onmessage = (e) => {
  const t0 = performance.now();
  const text = new TextDecoder().decode(e.data);
  const rows = Papa.parse(text, { header: false }).data;
  const ms = performance.now() - t0;
  self.postMessage({ ms, rows: rows.length });
};
self.postMessage('ready');\n`;
}

export async function serveBench(dist: string, csvPath: string): Promise<{ url: string; close: () => Promise<void> }> {
  const worker = await papaWorkerSource();
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path === PAPA_WORKER_PATH) return void res.writeHead(200, { 'content-type': TYPES['.js']! }).end(worker);
    if (path === '/__bench/blank.html') return void res.writeHead(200, { 'content-type': TYPES['.html']! }).end('<!doctype html><title>yardstick</title>');
    if (path === '/__bench/data.csv') return void res.writeHead(200, { 'content-type': TYPES['.csv']! }).end(await readFile(csvPath));
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      file = join(dist, 'index.html');
    }
    try {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}
