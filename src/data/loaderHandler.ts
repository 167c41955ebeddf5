// The loader worker's logic, free of worker globals so tests can drive it directly:
// one request in, progress and one answer out.
import { AGGREGATES } from './aggregates';
import type { BundledSnapshot } from './bundledSnapshot';
import { parseCountriesCsv, parseGoalsCsv } from './countries';
import { createCountryResolver } from './countryResolver';
import { fetchCsv, megabytes, type FetchLike } from './fetchCsv';
import { freeBytes } from './freeBytes';
import type { LoaderContext, LoaderHooks } from './loaderContext';
import { loadTable } from './loadTable';
import {
  BUNDLED_KINDS, DEFAULT_MAX_BYTES, LoaderError,
  type BundledUrls, type LoadSource, type Reference, type WorkerRequest, type WorkerResponse,
} from './loaderProtocol';
import type { DatasetOrigin, LoadOptions, LoadProgress, LoadResult } from './types';
import { createWorkerDatasets, datasetBuffers, type WorkerStore } from './workerDatasets';

export type LoadCsvFn = (bytes: Uint8Array, options: LoadOptions, context: LoaderContext, hooks?: LoaderHooks) => LoadResult;
export type Post = (message: WorkerResponse, transfer: Transferable[]) => void;

export interface HandlerDeps {
  readonly fetch: FetchLike;
  readonly urls: BundledUrls;
  readonly loadCsv: LoadCsvFn;
  /** Where uploads are kept between visits (IndexedDB in the worker); null or absent: nowhere. */
  readonly store?: WorkerStore | null;
  /**
   * The bundled datasets as this handler left them at build time (build/bundledDataPlugin.ts), decoded afresh on
   * each call. Given, the app starts on it: one JSON file instead of seven CSVs through the parser, which on a phone
   * was the worker's busiest moment of the first view. Absent (the build's own snapshot, tests): the CSVs are read.
   */
  readonly snapshot?: () => Promise<BundledSnapshot>;
}

interface Prepared {
  readonly reference: Reference;
  readonly context: LoaderContext;
}

/** The buffers behind a dataset's columns, each once, so postMessage can move instead of copy them. */
export function transferables(result: LoadResult): ArrayBuffer[] {
  return datasetBuffers(result.dataset);
}

/** Share of the progress bar for reading the bytes; parsing them fills the rest. */
const READ_SHARE = 0.15;

export function overallFraction(phase: LoadProgress['phase'], fraction: number): number {
  if (phase === 'reading') return fraction * READ_SHARE;
  if (phase === 'decoding') return READ_SHARE;
  if (phase === 'parsing') return READ_SHARE + fraction * (1 - READ_SHARE);
  return 1;
}

/** Progress while reading is posted at most this often (in bytes), not for every piece of the stream. */
const PROGRESS_BYTES = 1 << 20;

/** Reads a Blob with Blob.stream() piece by piece into one buffer of its size; `onBytes` after each megabyte or so. */
export async function readBlob(blob: Blob, onBytes: (received: number, total: number) => void): Promise<Uint8Array> {
  const out = new Uint8Array(blob.size);
  const reader = blob.stream().getReader();
  let at = 0;
  let reported = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    // A file that grew while being read: keep what fits (its size was checked against the limit).
    const piece = value.length <= out.length - at ? value : value.subarray(0, out.length - at);
    out.set(piece, at);
    at += piece.length;
    if (at - reported >= PROGRESS_BYTES) {
      reported = at;
      onBytes(at, out.length);
    }
  }
  return at === out.length ? out : out.subarray(0, at);
}

function fileName(url: string): string {
  return decodeURIComponent(new URL(url, 'https://x/').pathname.split('/').pop() ?? '') || url;
}

export function createMessageHandler(deps: HandlerDeps, post: Post): (request: WorkerRequest) => Promise<void> {
  let prepared: Promise<Prepared> | null = null;
  const held = createWorkerDatasets(deps.store ?? null, post);

  const readBundled = async (url: string): Promise<Uint8Array> => {
    let response: Response;
    try {
      response = await deps.fetch(url, { credentials: 'same-origin' });
    } catch {
      throw new LoaderError('bundled', { file: fileName(url) });
    }
    if (!response.ok) {
      throw new LoaderError('bundled', { file: fileName(url) }, `The bundled file ${fileName(url)} could not be read (HTTP ${response.status}). Reload the page.`);
    }
    return new Uint8Array(await response.arrayBuffer());
  };

  /** The snapshot's datasets as decoded by `prepare`, until the first loadBundled sends them. */
  let startResults: readonly LoadResult[] | null = null;

  const prepare = (): Promise<Prepared> => {
    prepared ??= (async () => {
      if (deps.snapshot) {
        const { reference, results } = await readSnapshot();
        startResults = results; // the app's loadBundled follows at once: not decoded again
        return { reference, context: createCountryResolver(reference.countries, AGGREGATES) };
      }
      const [countriesBytes, goalsBytes] = await Promise.all([readBundled(deps.urls.countries), readBundled(deps.urls.sdgs)]);
      const decoder = new TextDecoder('utf-8');
      try {
        const countries = parseCountriesCsv(decoder.decode(countriesBytes));
        const goals = parseGoalsCsv(decoder.decode(goalsBytes));
        return { reference: { countries, goals }, context: createCountryResolver(countries, AGGREGATES) };
      } catch (error) {
        const detail = (error as Error).message;
        throw new LoaderError('bundled', { file: detail.split(':')[0] ?? '' }, `A bundled reference table is broken: ${detail}`);
      }
    })();
    // A failed start may be retried (a network blip must not brick the app until reload).
    prepared.catch(() => { prepared = null; });
    return prepared;
  };

  const readSnapshot = async (): Promise<BundledSnapshot> => {
    try {
      return await deps.snapshot!();
    } catch (error) {
      throw error instanceof LoaderError ? error : new LoaderError('bundled', { file: 'bundled-data.json' });
    }
  };

  const readSource = async (id: number, source: LoadSource, maxBytes: number): Promise<Uint8Array> => {
    post({ type: 'progress', id, progress: { phase: 'reading', fraction: 0, rows: 0 } }, []);
    if (source.kind === 'url') {
      return fetchCsv(source.url, {
        fetch: deps.fetch,
        maxBytes,
        onBytes: (received, total) => {
          if (total) post({ type: 'progress', id, progress: { phase: 'reading', fraction: overallFraction('reading', Math.min(1, received / total)), rows: 0 } }, []);
        },
      });
    }
    const size = source.kind === 'blob' ? source.blob.size : source.bytes.byteLength;
    if (size > maxBytes) {
      throw new LoaderError('too_large', { maxMB: megabytes(maxBytes) });
    }
    if (source.kind === 'bytes') return new Uint8Array(source.bytes);
    return readBlob(source.blob, (received, total) =>
      post({ type: 'progress', id, progress: { phase: 'reading', fraction: overallFraction('reading', received / total), rows: 0 } }, []));
  };

  const run = async (request: WorkerRequest): Promise<void> => {
    const { id } = request;
    // One bar for the whole file, moving with bytes: reading them is its first part, parsing them the rest.
    const hooks: LoaderHooks = {
      onProgress: (progress) => post({ type: 'progress', id, progress: { ...progress, fraction: overallFraction(progress.phase, progress.fraction) } }, []),
    };
    switch (request.type) {
      case 'init': {
        const { reference } = await prepare();
        post({ type: 'reference', id, reference }, []);
        return;
      }
      case 'loadBundled': {
        const { context } = await prepare();
        if (deps.snapshot) {
          // Decoded afresh after the first time: the arrays sent before were transferred away.
          const results = startResults ?? (await readSnapshot()).results;
          startResults = null;
          post({ type: 'results', id, results }, results.flatMap(transferables));
          return;
        }
        const files = await Promise.all(BUNDLED_KINDS.map((kind) => readBundled(deps.urls.facts[kind])));
        const results = BUNDLED_KINDS.map((kind, i) =>
          deps.loadCsv(files[i] ?? new Uint8Array(), { fileName: `${kind}.csv`, kind, origin: 'bundled' }, context, hooks));
        post({ type: 'results', id, results }, results.flatMap(transferables));
        return;
      }
      case 'load': {
        const [{ context }, bytes] = await Promise.all([
          prepare(),
          readSource(id, request.source, request.options.maxBytes ?? DEFAULT_MAX_BYTES),
        ]);
        const origin: DatasetOrigin = request.options.origin ?? (request.source.kind === 'url' ? 'url' : 'upload');
        // The bytes are this worker's own (read, fetched or cloned here): freed once decoded, not when the load ends.
        hooks.release = freeBytes;
        // Parquet and Excel arrive as tables, not text: converted on demand, then read like a CSV.
        const result = await loadTable(bytes, { ...request.options, origin }, (text, options) => deps.loadCsv(text, options, context, hooks));
        // The worker keeps a copy, so merging and saving it later need no copy from the UI thread.
        const handle = result.dataset ? held.hold(result.dataset) : undefined;
        post({ type: 'result', id, result, ...(handle === undefined ? {} : { handle }) }, transferables(result));
        return;
      }
      case 'merge':
        await held.merge(id, request.parts);
        return;
      case 'save':
        await held.save(id, request.part, request.report);
        return;
      case 'restore':
        await held.restore(id);
        return;
      case 'forget':
        await held.forget(id, request.datasetId);
        return;
    }
  };

  return async (request) => {
    try {
      await run(request);
    } catch (error) {
      // The error's name travels too: the UI tells a full disk (QuotaExceededError) from other failures.
      const name = (error as { name?: unknown } | null)?.name;
      const failure = error instanceof LoaderError
        ? error
        : new LoaderError('internal', { detail: error instanceof Error ? error.message : String(error), ...(typeof name === 'string' ? { name } : {}) });
      post({ type: 'error', id: request.id, error: failure.toData() }, []);
    }
  };
}
