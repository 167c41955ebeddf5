// The UI's handle on the loader worker. The UI thread never parses CSV: it posts requests and
// receives columnar datasets whose typed arrays are transferred, not copied.
import {
  LoaderError, type LoadSource, type Reference, type WorkerRequest, type WorkerResponse,
} from './loaderProtocol';
import type { LoadOptions, LoadProgress, LoadResult } from './types';

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

export function createLoader(makeWorker: () => WorkerLike = defaultWorker): Loader {
  const pending = new Map<number, Pending>();
  let worker: WorkerLike | null = null;
  let nextId = 1;

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

  return {
    init: () => send((id) => ({ type: 'init', id })).then((m) => (m.type === 'reference' ? m.reference : unexpected(m))),
    loadBundled: () =>
      send((id) => ({ type: 'loadBundled', id })).then((m) => (m.type === 'results' ? [...m.results] : unexpected(m))),
    load: (source, options, call) =>
      send((id) => ({ type: 'load', id, source: toSource(source), options }), call).then((m) =>
        m.type === 'result' ? m.result : unexpected(m)),
    dispose: () => {
      stop();
      for (const entry of pending.values()) entry.reject(abortError());
      pending.clear();
    },
  };
}
