// The loader worker's logic, free of worker globals so tests can drive it directly:
// one request in, progress and one answer out.
import { AGGREGATES } from './aggregates';
import { parseCountriesCsv, parseGoalsCsv } from './countries';
import { createCountryResolver } from './countryResolver';
import { fetchCsv, megabytes, type FetchLike } from './fetchCsv';
import type { LoaderContext, LoaderHooks } from './loaderContext';
import {
  BUNDLED_KINDS, DEFAULT_MAX_BYTES, LoaderError,
  type BundledUrls, type LoadSource, type Reference, type WorkerRequest, type WorkerResponse,
} from './loaderProtocol';
import { tableBytes } from './tableText';
import type { DatasetOrigin, LoadOptions, LoadResult } from './types';

export type LoadCsvFn = (bytes: Uint8Array, options: LoadOptions, context: LoaderContext, hooks?: LoaderHooks) => LoadResult;
export type Post = (message: WorkerResponse, transfer: Transferable[]) => void;

export interface HandlerDeps {
  readonly fetch: FetchLike;
  readonly urls: BundledUrls;
  readonly loadCsv: LoadCsvFn;
}

interface Prepared {
  readonly reference: Reference;
  readonly context: LoaderContext;
}

/** The buffers behind a dataset's columns, each once, so postMessage can move instead of copy them. */
export function transferables(result: LoadResult): ArrayBuffer[] {
  const dataset = result.dataset;
  if (!dataset) return [];
  const buffers = new Set<ArrayBufferLike>([dataset.lines.buffer]);
  for (const column of Object.values(dataset.columns)) {
    buffers.add(column.type === 'number' ? column.values.buffer : column.type === 'code' ? column.codes.buffer : column.masks.buffer);
  }
  return [...buffers].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 0);
}

function fileName(url: string): string {
  return decodeURIComponent(new URL(url, 'https://x/').pathname.split('/').pop() ?? '') || url;
}

export function createMessageHandler(deps: HandlerDeps, post: Post): (request: WorkerRequest) => Promise<void> {
  let prepared: Promise<Prepared> | null = null;

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

  const prepare = (): Promise<Prepared> => {
    prepared ??= (async () => {
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

  const readSource = async (id: number, source: LoadSource, maxBytes: number): Promise<Uint8Array> => {
    post({ type: 'progress', id, progress: { phase: 'reading', fraction: 0, rows: 0 } }, []);
    if (source.kind === 'url') {
      return fetchCsv(source.url, {
        fetch: deps.fetch,
        maxBytes,
        onBytes: (received, total) => {
          if (total) post({ type: 'progress', id, progress: { phase: 'reading', fraction: Math.min(1, received / total), rows: 0 } }, []);
        },
      });
    }
    const size = source.kind === 'blob' ? source.blob.size : source.bytes.byteLength;
    if (size > maxBytes) {
      throw new LoaderError('too_large', { maxMB: megabytes(maxBytes) });
    }
    return new Uint8Array(source.kind === 'blob' ? await source.blob.arrayBuffer() : source.bytes);
  };

  const run = async (request: WorkerRequest): Promise<void> => {
    const { id } = request;
    const hooks: LoaderHooks = { onProgress: (progress) => post({ type: 'progress', id, progress }, []) };
    switch (request.type) {
      case 'init': {
        const { reference } = await prepare();
        post({ type: 'reference', id, reference }, []);
        return;
      }
      case 'loadBundled': {
        const { context } = await prepare();
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
        // Parquet (and later Excel) arrives as a table, not text: converted on demand, then read like a CSV.
        const result = deps.loadCsv(await tableBytes(bytes), { ...request.options, origin }, context, hooks);
        post({ type: 'result', id, result }, transferables(result));
        return;
      }
    }
  };

  return async (request) => {
    try {
      await run(request);
    } catch (error) {
      const failure = error instanceof LoaderError
        ? error
        : new LoaderError('internal', { detail: error instanceof Error ? error.message : String(error) });
      post({ type: 'error', id: request.id, error: failure.toData() }, []);
    }
  };
}
