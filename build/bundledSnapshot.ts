// Prints the bundled datasets' snapshot (src/data/bundledSnapshot.ts) as JSON on stdout; problems on stderr.
// Run by build/bundledDataPlugin.ts in its own process, so the loader's modules stay out of the Vite config.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { encodeSnapshot } from '../src/data/bundledSnapshot.ts';
import { loadCsv } from '../src/data/loadCsv.ts';
import { BUNDLED_KINDS } from '../src/data/loaderProtocol.ts';
import { takeSnapshot } from '../src/data/takeSnapshot.ts';

const dataDir = resolve(process.argv[2] ?? resolve(import.meta.dirname, '../data'));
const file = (name: string) => resolve(dataDir, name);
const urls = {
  countries: file('countries.csv'),
  sdgs: file('sdgs.csv'),
  facts: Object.fromEntries(BUNDLED_KINDS.map((kind) => [kind, file(`${kind}.csv`)])) as Record<(typeof BUNDLED_KINDS)[number], string>,
};

const taken = await takeSnapshot(async (path) => new Response(await readFile(path)), urls, loadCsv);
let failed = false;
for (const { report } of taken.results) {
  for (const issue of report.issues) {
    console.error(`data/${report.fileName} line ${issue.line ?? '-'}: ${issue.severity}: ${issue.message}`);
    if (issue.severity === 'error') failed = true;
  }
  if (report.failed) failed = true;
}
if (failed) process.exit(1);
process.stdout.write(encodeSnapshot(taken));
