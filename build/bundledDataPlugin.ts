// Build step for the embed: runs the loader (the worker's own handler and checks) over data/*.csv once, and
// ships the validated columnar result as a hashed JSON asset, so an embed needs no CSV parser or worker.
// `import url from 'virtual:bundled-data'` gives that asset's URL (relative to the page, like any asset).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { encodeSnapshot } from '../src/data/bundledSnapshot';
import { takeSnapshot } from '../src/data/takeSnapshot';
import { loadCsv } from '../src/data/loadCsv';
import { BUNDLED_KINDS } from '../src/data/loaderProtocol';

const ID = 'virtual:bundled-data';
const RESOLVED = `\0${ID}`;
const DEV_PATH = '/@bundled-data.json';

export function bundledDataPlugin(dataDir = resolve(import.meta.dirname, '../data')): Plugin {
  let command: 'build' | 'serve' = 'build';
  const file = (name: string) => resolve(dataDir, name);
  const urls = {
    countries: file('countries.csv'),
    sdgs: file('sdgs.csv'),
    facts: Object.fromEntries(BUNDLED_KINDS.map((kind) => [kind, file(`${kind}.csv`)])) as Record<(typeof BUNDLED_KINDS)[number], string>,
  };
  const readLocal = async (path: string) => new Response(await readFile(path));

  const snapshot = async (warn: (message: string) => void): Promise<string> => {
    const taken = await takeSnapshot(readLocal, urls, loadCsv);
    for (const { report } of taken.results) {
      const errors = report.issues.filter((i) => i.severity === 'error');
      if (report.failed || errors.length > 0) {
        throw new Error(`data/${report.fileName} does not load cleanly: ${errors.map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
      }
      for (const issue of report.issues) warn(`data/${report.fileName} line ${issue.line}: ${issue.message}`);
    }
    return encodeSnapshot(taken);
  };

  return {
    name: 'bundled-data',
    configResolved(config) {
      command = config.command;
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      for (const path of [urls.countries, urls.sdgs, ...Object.values(urls.facts)]) this.addWatchFile(path);
      if (command === 'serve') return `export default ${JSON.stringify(DEV_PATH)};`;
      const ref = this.emitFile({ type: 'asset', name: 'bundled-data.json', source: await snapshot((m) => this.warn(m)) });
      // Vite's asset placeholder: replaced by the file's hashed name, relative to the page like ?url imports.
      return `export default "__VITE_ASSET__${ref}__";`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res, next) => {
        snapshot((m) => server.config.logger.warn(m)).then((json) => {
          res.setHeader('content-type', 'application/json');
          res.end(json);
        }, next);
      });
    },
  };
}
