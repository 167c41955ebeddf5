// The UI's handle on the loader worker. The UI thread never parses CSV: it posts requests and
// receives columnar datasets whose typed arrays are transferred, not copied.
import {
  LoaderError, type DatasetPart, type LoadSource, type Reference, type WorkerRequest, type WorkerResponse,
} from './loaderProtocol';
import type { MergeResult } from './mergeDatasets';
import { rememberDigest } from '../table/digestRegistry';
import type { Restored } from './persist';
import type { Dataset, LoadOptions, LoadProgress, LoadReport, LoadResult } from './types';

export type { Reference } from './loaderProtocol';
export { LoaderError } from './loaderProtocol';

/** The part of Worker the client uses; tests pass an in-process fake. */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<WorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

export interface LoadCallOptions {
  /** Aborting stops the worker mid-file; the promise rejects with a DOMException named "AbortError". */
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: LoadProgress) => void;
}

export interface Loader {
  /** Fetches and parses data/countries.csv and data/sdgs.csv in the worker. */
  init(): Promise<Reference>;
  /** The four bundled fact files: events, delegates, placements, organizations, in that order. */
  loadBundled(): Promise<LoadResult[]>;
  /** A dropped or picked File, bytes already in memory, or an https:// URL. */
  load(source: File | Blob | ArrayBuffer | string, options: LoadOptions, call?: LoadCallOptions): Promise<LoadResult>;
  /** Stops the worker; pending requests reject. */
  dispose(): void;
}

/** What the loader worker does with datasets after loading them (see workerDatasets.ts). */
export interface DatasetWorker {
  /** Every dataset of one kind as one, superseding repeated keys, built in the worker. */
  merge(datasets: readonly Dataset[]): Promise<MergeResult>;
  /**
   * Starts merging datasets a review would add (the upload last), so that Add finds the merge done: a later merge of
   * the same datasets takes its answer. Null, or another merge, drops it (a cancelled review changes nothing).
   */
  prepareMerge(datasets: readonly Dataset[] | null): void;
  /** Keeps an upload in IndexedDB; the worker writes it. Rejects with the browser's error name (QuotaExceededError). */
  save(dataset: Dataset, report: LoadReport | null): Promise<void>;
  /** The uploads kept from earlier visits, read and checked in the worker. */
  restore(): Promise<Restored>;
  forget(datasetId: string): Promise<void>;
}

interface Pending {
  readonly request: WorkerRequest;
  readonly resolve: (message: WorkerResponse) => void;
  readonly reject: (error: unknown) => void;
  readonly onProgress?: (progress: LoadProgress) => void;
}

export function abortError(): DOMException {
  return new DOMException('Loading was cancelled.', 'AbortError');
}

function defaultWorker(): WorkerLike {
  return new Worker(new URL('./loader.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

function toSource(source: File | Blob | ArrayBuffer | string): LoadSource {
  if (typeof source === 'string') return { kind: 'url', url: source };
  if (source instanceof ArrayBuffer) return { kind: 'bytes', bytes: source };
  return { kind: 'blob', blob: source };
}

/** An error from the worker with the name it had there (a DOMException's, e.g. QuotaExceededError). */
function named(error: unknown): unknown {
  const name = error instanceof LoaderError ? error.params.name : undefined;
  if (typeof name !== 'string' || name === 'Error') return error;
  return Object.assign(new Error(error instanceof Error ? error.message : String(error)), { name });
}

export function createLoader(makeWorker: () => WorkerLike = defaultWorker): Loader & DatasetWorker {
  const pending = new Map<number, Pending>();
  let worker: WorkerLike | null = null;
  let nextId = 1;
  // Datasets the worker keeps a copy of, by their columns object (shared by copies such as uniqueDataset's).
  // A restarted worker holds nothing: `generation` tells old handles apart.
  const held = new WeakMap<object, { handle: number; generation: number }>();
  let generation = 0;
  const hold = (dataset: Dataset | null, handle: number | undefined): void => {
    if (dataset && handle !== undefined) held.set(dataset.columns, { handle, generation });
  };
  const partOf = (dataset: Dataset, copy = false): DatasetPart => {
    const h = held.get(dataset.columns);
    if (copy || !h || h.generation !== generation) return { kind: 'data', dataset };
    const { id, kind, name, origin, rowCount } = dataset;
    return { kind: 'held', handle: h.handle, meta: { id, kind, name, origin, rowCount } };
  };

  const onMessage = (event: MessageEvent<WorkerResponse>): void => {
    const message = event.data;
    const entry = pending.get(message.id);
    if (!entry) return; // an answer to a request already aborted
    if (message.type === 'progress') {
      entry.onProgress?.(message.progress);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'error') entry.reject(LoaderError.fromData(message.error));
    else entry.resolve(message);
  };

  const start = (): WorkerLike => {
    if (worker) return worker;
    const created = makeWorker();
    created.onmessage = onMessage;
    created.onerror = (event) => {
      // The worker died (failed to load, or threw outside a request): fail everything in flight.
      const failure = new LoaderError('worker', {}, `The data loader stopped (${event.message || 'unknown error'}). Reload the page.`);
      stop();
      for (const entry of pending.values()) entry.reject(failure);
      pending.clear();
    };
    worker = created;
    return created;
  };

  const stop = (): void => {
    worker?.terminate();
    worker = null;
    generation++;
  };

  /** Cancelling one request: stop the worker (the only way to interrupt a synchronous parse), replay the others. */
  const cancel = (id: number): void => {
    const entry = pending.get(id);
    if (!entry) return;
    pending.delete(id);
    stop();
    entry.reject(abortError());
    if (pending.size > 0) {
      const next = start();
      for (const other of pending.values()) next.postMessage(other.request);
    }
  };

  const send = (build: (id: number) => WorkerRequest, call: LoadCallOptions = {}): Promise<WorkerResponse> => {
    if (call.signal?.aborted) return Promise.reject(abortError());
    const request = build(nextId++);
    return new Promise<WorkerResponse>((resolve, reject) => {
      const onAbort = (): void => cancel(request.id);
      call.signal?.addEventListener('abort', onAbort, { once: true });
      const done = (): void => call.signal?.removeEventListener('abort', onAbort);
      pending.set(request.id, {
        request,
        resolve: (m) => { done(); resolve(m); },
        reject: (e) => { done(); reject(e); },
        onProgress: call.onProgress,
      });
      start().postMessage(request);
    });
  };

  const unexpected = (m: WorkerResponse): never => {
    throw new LoaderError('internal', { detail: `the worker answered "${m.type}"` });
  };

  // A merge started ahead (prepareMerge): its datasets and the answer it will give.
  let prepared: { datasets: readonly Dataset[]; answer: Promise<MergeResult> } | null = null;
  const sameDatasets = (a: readonly Dataset[], b: readonly Dataset[]): boolean => a.length === b.length && a.every((x, i) => {
    const y = b[i] as Dataset;
    return x.columns === y.columns && x.lines === y.lines && x.id === y.id && x.kind === y.kind && x.name === y.name && x.origin === y.origin && x.rowCount === y.rowCount;
  });
  const mergeNow = (datasets: readonly Dataset[]): Promise<MergeResult> =>
    withParts((copy) => (id) => ({ type: 'merge', id, parts: datasets.map((ds) => partOf(ds, copy)) })).then((m) => {
      if (m.type !== 'merged') return unexpected(m);
      if (m.dataset && m.digest) rememberDigest(m.dataset, m.digest);
      return { dataset: m.dataset, superseded: m.superseded };
    });

  /** Sends a request built from dataset parts; when the worker no longer holds one, sends the datasets themselves. */
  const withParts = async (build: (copy: boolean) => (id: number) => WorkerRequest): Promise<WorkerResponse> => {
    const first = await send(build(false));
    return first.type === 'missing' ? send(build(true)) : first;
  };

  return {
    init: () => send((id) => ({ type: 'init', id })).then((m) => (m.type === 'reference' ? m.reference : unexpected(m))),
    loadBundled: () =>
      send((id) => ({ type: 'loadBundled', id })).then((m) => (m.type === 'results' ? [...m.results] : unexpected(m))),
    load: (source, options, call) =>
      send((id) => ({ type: 'load', id, source: toSource(source), options }), call).then((m) => {
        if (m.type !== 'result') return unexpected(m);
        hold(m.result.dataset, m.handle);
        return m.result;
      }),
    merge: (datasets) => {
      const ahead = prepared !== null && sameDatasets(prepared.datasets, datasets) ? prepared.answer : null;
      prepared = null;
      return ahead ? ahead.catch(() => mergeNow(datasets)) : mergeNow(datasets);
    },
    prepareMerge: (datasets) => {
      if (datasets === null || (prepared !== null && sameDatasets(prepared.datasets, datasets))) {
        if (datasets === null) prepared = null;
        return;
      }
      const answer = mergeNow(datasets);
      answer.catch(() => undefined); // one that fails is asked again by merge(), or never needed
      prepared = { datasets: [...datasets], answer };
    },
    save: (dataset, report) =>
      withParts((copy) => (id) => ({ type: 'save', id, part: partOf(dataset, copy), report })).then(
        (m) => (m.type === 'done' ? undefined : unexpected(m)),
        (error: unknown) => { throw named(error); }),
    restore: () =>
      send((id) => ({ type: 'restore', id })).then((m) => {
        if (m.type !== 'restored') return unexpected(m);
        for (const s of m.saved) hold(s.dataset, s.handle);
        return { saved: m.saved.map(({ dataset, report }) => ({ dataset, report })), discarded: m.discarded };
      }),
    forget: (datasetId) => send((id) => ({ type: 'forget', id, datasetId })).then((m) => (m.type === 'done' ? undefined : unexpected(m))),
    dispose: () => {
      stop();
      for (const entry of pending.values()) entry.reject(abortError());
      pending.clear();
    },
  };
}

let shared: (Loader & DatasetWorker) | null = null;
/** The app's one loader worker: uploads are parsed where they are later merged and saved, and it is warm already. */
export function sharedLoader(): Loader & DatasetWorker {
  return (shared ??= createLoader());
}
