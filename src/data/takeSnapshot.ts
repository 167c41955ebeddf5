// Build time only (build/bundledDataPlugin.ts): the bundled files through the loader worker's own handler,
// so the embed's data passed exactly the checks the dashboard's data passes at load.
import type { BundledSnapshot } from './bundledSnapshot';
import type { FetchLike } from './fetchCsv';
import { createMessageHandler, type LoadCsvFn } from './loaderHandler';
import type { BundledUrls, Reference, WorkerResponse } from './loaderProtocol';
import type { LoadResult } from './types';

/** Runs the loader worker's own handler (the same validation the app runs) over the bundled files. */
export async function takeSnapshot(fetch: FetchLike, urls: BundledUrls, loadCsv: LoadCsvFn): Promise<BundledSnapshot> {
  const answers: WorkerResponse[] = [];
  const handle = createMessageHandler({ fetch, urls, loadCsv }, (message) => answers.push(message));
  await handle({ type: 'init', id: 1 });
  await handle({ type: 'loadBundled', id: 2 });
  let reference: Reference | null = null;
  let results: readonly LoadResult[] | null = null;
  for (const answer of answers) {
    if (answer.type === 'error') throw new Error(answer.error.message);
    if (answer.type === 'reference') reference = answer.reference;
    if (answer.type === 'results') results = answer.results;
  }
  if (!reference || !results) throw new Error('bundled data: the loader gave no reference or results');
  return { reference, results };
}
