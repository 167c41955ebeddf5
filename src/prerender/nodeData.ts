// The bundled data loaded in Node at build time, through the same handler the loader worker runs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Preloaded } from '../app/dataApi';
import { loadCsv } from '../data/loadCsv';
import { createMessageHandler } from '../data/loaderHandler';
import type { BundledUrls, WorkerResponse } from '../data/loaderProtocol';

const FILES: BundledUrls = {
  countries: 'countries.csv',
  sdgs: 'sdgs.csv',
  facts: { events: 'events.csv', delegates: 'delegates.csv', placements: 'placements.csv', organizations: 'organizations.csv', indicators: 'indicators.csv' },
};

/** Reference tables and the four bundled datasets, read from `dataDir` (the repository's data/). */
export async function loadBundledInNode(dataDir: string): Promise<Preloaded> {
  const answers: WorkerResponse[] = [];
  const handle = createMessageHandler(
    {
      fetch: async (url) => new Response(await readFile(join(dataDir, String(url)))),
      urls: FILES,
      loadCsv,
    },
    (message) => answers.push(message),
  );
  await handle({ type: 'init', id: 1 });
  await handle({ type: 'loadBundled', id: 2 });
  const reference = answers.find((a) => a.type === 'reference');
  const results = answers.find((a) => a.type === 'results');
  const failure = answers.find((a) => a.type === 'error');
  if (failure?.type === 'error') throw new Error(`prerender: the bundled data did not load: ${failure.error.message}`);
  if (reference?.type !== 'reference' || results?.type !== 'results') throw new Error('prerender: the loader gave no answer');
  return { reference: reference.reference, results: results.results };
}
