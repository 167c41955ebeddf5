// Runs the upload queue: loads the first item through the loader client, one at a time,
// with progress and cancellation. Aborting a load leaves the app exactly as it was.
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';
import type { Loader } from '../../data/loaderClient';
import { LoaderError } from '../../data/loaderProtocol';
import { EMPTY_QUEUE, loadOptionsOf, uploadReducer, type ReadChoices, type UploadFailure, type UploadItem, type UploadSource } from './uploadQueue';

/** The loader's load(), or a function that makes the loader on first use (the worker starts lazily). */
export type UploadLoader = Pick<Loader, 'load'> | (() => Promise<Pick<Loader, 'load'>>);

export interface UploadQueueApi {
  readonly items: readonly UploadItem[];
  readonly enqueue: (sources: readonly UploadSource[], choices?: ReadChoices) => void;
  readonly retry: (id: number, choices: ReadChoices) => void;
  /** Drops an item; a load in flight is aborted. */
  readonly remove: (id: number) => void;
}

function failureOf(error: unknown): UploadFailure {
  if (error instanceof LoaderError) return { code: error.code, params: error.params, message: error.message };
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', params: { detail }, message: detail };
}

const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

export function useUploadQueue(loader: UploadLoader): UploadQueueApi {
  const [queue, dispatch] = useReducer(uploadReducer, EMPTY_QUEUE);
  const client = useRef<Promise<Pick<Loader, 'load'>> | null>(null);
  const getClient = useCallback(() => {
    client.current ??= typeof loader === 'function' ? loader() : Promise.resolve(loader);
    return client.current;
  }, [loader]);

  const head = queue.items[0];
  const loading = head?.phase === 'loading' ? head : null;
  const loadingKey = loading ? `${loading.id}:${loading.attempt}` : null;
  const loadingRef = useRef(loading);
  useLayoutEffect(() => {
    loadingRef.current = loading;
  }, [loading]);

  useEffect(() => {
    const item = loadingRef.current;
    if (!item) return;
    const controller = new AbortController();
    const { id, attempt } = item;
    const input = item.source.type === 'file' ? item.source.file : item.source.url;
    getClient()
      .then((c) => c.load(input, loadOptionsOf(item), {
        signal: controller.signal,
        onProgress: (progress) => dispatch({ type: 'progress', id, attempt, progress }),
      }))
      .then(
        (result) => { if (!controller.signal.aborted) dispatch({ type: 'loaded', id, attempt, result }); },
        (error: unknown) => {
          if (controller.signal.aborted || isAbort(error)) return;
          dispatch({ type: 'failed', id, attempt, failure: failureOf(error) });
        },
      );
    return () => controller.abort();
  }, [loadingKey, getClient]);

  const enqueue = useCallback((sources: readonly UploadSource[], choices?: ReadChoices) => {
    if (sources.length > 0) dispatch(choices ? { type: 'enqueue', sources, choices } : { type: 'enqueue', sources });
  }, []);
  const retry = useCallback((id: number, choices: ReadChoices) => dispatch({ type: 'retry', id, choices }), []);
  const remove = useCallback((id: number) => dispatch({ type: 'remove', id }), []);
  return { items: queue.items, enqueue, retry, remove };
}
