// Loading your own CSV: the queue, the dialog for its first file, the page-wide drop zone,
// the hand-over of confirmed datasets to DataContext, and what was just loaded (see LoadedNotice.tsx).
// A cancelled or failed load changes nothing.
import { Suspense, createContext, startTransition, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { DatasetKind, LoadResult } from '../../data/types';
import { useData } from '../dataApi';
import { DropOverlay } from './DropOverlay';
import { UploadDialog } from './lazyUploadDialog';
import type { JoinMode } from './ReviewPanel';
import { loadedUpload, type LoadedUpload } from './showLoaded';
import { isUploadedKind, uniqueDataset, type UploadItem, type UploadSource } from './uploadQueue';
import { useUploadQueue, type UploadLoader } from './useUploadQueue';
import './upload.css';

export interface UploadApi {
  readonly addFiles: (files: Iterable<File>) => void;
  readonly addUrl: (url: string, kind: DatasetKind | null) => void;
  /** A file is loading or waiting for confirmation (the dialog is open). */
  readonly pending: boolean;
  /** The latest confirmed upload, until dismissed. */
  readonly loaded: LoadedUpload | null;
  readonly dismissLoaded: () => void;
}

const UploadContext = createContext<UploadApi | null>(null);

/** Null outside an UploadProvider (e.g. a header rendered alone): the upload button is then left out. */
export function useUpload(): UploadApi | null {
  return useContext(UploadContext);
}

async function defaultUploadLoader() {
  // The app's one worker: it keeps the parsed upload, so adding it (merge, save) copies nothing on this thread.
  const { sharedLoader } = await import('../../data/loaderClient');
  return sharedLoader();
}

export { uniqueDataset } from './uploadQueue';

export interface UploadProviderProps {
  /** A loader for uploads (tests pass a fake); defaults to a worker client of its own, started on first use. */
  readonly loader?: UploadLoader;
  /** ?data= and ?kind= of the page as it opened: loaded once on start. */
  readonly startUrl?: string | null;
  readonly startKind?: DatasetKind | null;
  /** Called once the ?data= file has joined the views, so the link can be dropped (the data is now kept). */
  readonly onStartAdded?: () => void;
  /** Called when a file has joined the views (added or replacing), so they can switch to it. */
  readonly onLoaded?: (loaded: LoadedUpload) => void;
  readonly children: ReactNode;
}

export function UploadProvider({ loader = defaultUploadLoader, startUrl = null, startKind = null, onStartAdded, onLoaded, children }: UploadProviderProps) {
  const data = useData();
  const queue = useUploadQueue(loader);
  const { enqueue } = queue;
  const [loaded, setLoaded] = useState<LoadedUpload | null>(null);
  const dismissLoaded = useCallback(() => setLoaded(null), []);

  const addFiles = useCallback((files: Iterable<File>) => {
    const sources = [...files].map((file): UploadSource => ({ type: 'file', file, name: file.name }));
    enqueue(sources);
  }, [enqueue]);
  const addUrl = useCallback((url: string, kind: DatasetKind | null) => {
    enqueue([{ type: 'url', url }], kind ? { kind } : undefined);
  }, [enqueue]);

  const started = useRef(false);
  useEffect(() => {
    if (started.current || !startUrl) return;
    started.current = true;
    addUrl(startUrl, startKind);
  }, [startUrl, startKind, addUrl]);

  const head: UploadItem | undefined = queue.items[0];
  const kind = head?.phase === 'review' ? head.result.report.kind : null;
  const uploadedOfKind = kind ? data.datasets.filter(isUploadedKind(kind)).length : 0;

  const confirm = (mode: JoinMode) => {
    if (!head || head.phase !== 'review' || !head.result.dataset) return;
    const dataset = uniqueDataset(head.result.dataset, data.datasets);
    const result: LoadResult = { ...head.result, dataset };
    const previous = data.datasets.filter(isUploadedKind(dataset.kind));
    const first = previous[0];
    // The dialog closes at once; the dataset joins the views as a transition, rendered in slices: with a big file,
    // the whole app re-rendering inside the click was the longest pause of the upload (issue 13's frame gap).
    queue.remove(head.id);
    startTransition(() => {
      if (mode === 'replace' && first) {
        data.replaceDataset(first.id, result);
        for (const other of previous.slice(1)) data.removeDataset(other.id);
      } else {
        data.addDataset(result);
      }
      const shown = loadedUpload(head.name, dataset);
      setLoaded(shown);
      onLoaded?.(shown);
      if (head.source.type === 'url' && head.source.url === startUrl) onStartAdded?.();
    });
  };

  const pending = queue.items.length > 0;
  const api = useMemo<UploadApi>(() => ({ addFiles, addUrl, pending, loaded, dismissLoaded }), [addFiles, addUrl, pending, loaded, dismissLoaded]);
  return (
    <UploadContext.Provider value={api}>
      {children}
      <DropOverlay onFiles={addFiles} />
      {head && (
        <Suspense fallback={null}>
        <UploadDialog
          item={head}
          index={1}
          count={queue.items.length}
          uploadedOfKind={uploadedOfKind}
          ready={data.status === 'ready'}
          onConfirm={confirm}
          onRetry={(choices) => queue.retry(head.id, choices)}
          onCancel={() => queue.remove(head.id)}
          existing={data.datasets}
          prepareAdd={data.prepareAdd}
        />
        </Suspense>
      )}
    </UploadContext.Provider>
  );
}
