// Build step for the embed: runs the loader (the worker's own handler and checks) over data/*.csv once, and
// ships the validated columnar result as a hashed JSON asset, so an embed needs no CSV parser or worker.
// `import url from 'virtual:bundled-data'` gives that asset's URL (relative to the page, like any asset).
// A bundled file with an error fails the build; warnings are shown.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const ID = 'virtual:bundled-data';
const RESOLVED = `\0${ID}`;
const DEV_PATH = '/@bundled-data.json';
const root = resolve(import.meta.dirname, '..');

function snapshot(dataDir: string): Promise<{ json: string; problems: string }> {
  return new Promise((ok, fail) => {
    execFile(process.execPath, ['--import', 'tsx', resolve(root, 'build/bundledSnapshot.ts'), dataDir],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? fail(new Error(`bundled data does not load cleanly:\n${stderr || error.message}`)) : ok({ json: stdout, problems: stderr })));
  });
}

export function bundledDataPlugin(dataDir = resolve(root, 'data')): Plugin {
  let command: 'build' | 'serve' = 'build';
  return {
    name: 'bundled-data',
    configResolved(config) {
      command = config.command;
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      if (command === 'serve') return `export default ${JSON.stringify(DEV_PATH)};`;
      const { json, problems } = await snapshot(dataDir);
      if (problems) this.warn(problems);
      const ref = this.emitFile({ type: 'asset', name: 'bundled-data.json', source: json });
      // Vite's asset placeholder: replaced by the file's hashed name, relative to the page like ?url imports.
      return `export default "__VITE_ASSET__${ref}__";`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res, next) => {
        snapshot(dataDir).then(({ json }) => {
          res.setHeader('content-type', 'application/json');
          res.end(json);
        }, next);
      });
    },
  };
}
