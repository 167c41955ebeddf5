// Loads the reference tables and the bundled datasets once, and holds every dataset the app shows.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Country, Dataset, DatasetKind, Goal, LoadReport, LoadResult } from '../data/types';

export interface Reference {
  readonly countries: readonly Country[];
  readonly goals: readonly Goal[];
}

/** The part of the loader client (src/data/loaderClient.ts) the shell uses. */
export interface DataLoader {
  init(): Promise<Reference>;
  loadBundled(): Promise<readonly LoadResult[]>;
}

export type DataStatus = 'loading' | 'ready' | 'error';

export interface DataState {
  readonly status: DataStatus;
  readonly error: string | null;
  readonly reference: Reference | null;
  readonly datasets: readonly Dataset[];
  readonly reports: readonly LoadReport[];
}

export interface DataApi extends DataState {
  /** Datasets of one kind, bundled first, in the order they were added. */
  readonly datasetsOf: (kind: DatasetKind) => readonly Dataset[];
  readonly addDataset: (result: LoadResult) => void;
  readonly replaceDataset: (id: string, result: LoadResult) => void;
  /** Bundled datasets cannot be removed. */
  readonly removeDataset: (id: string) => void;
}

const INITIAL: DataState = { status: 'loading', error: null, reference: null, datasets: [], reports: [] };

const DataContext = createContext<DataApi | null>(null);

// Imported on demand so the worker client is not part of the first chunk's critical path.
async function defaultLoader(): Promise<DataLoader> {
  const { createLoader } = await import('../data/loaderClient');
  return createLoader();
}

export interface DataProviderProps {
  /** A loader, or a function that makes one; defaults to the worker-backed loader client. */
  readonly loader?: DataLoader | (() => Promise<DataLoader>);
  readonly children: ReactNode;
}

export function DataProvider({ loader = defaultLoader, children }: DataProviderProps) {
  const [data, setData] = useState<DataState>(INITIAL);

  useEffect(() => {
    let live = true;
    (async () => {
      const client = typeof loader === 'function' ? await loader() : loader;
      const [reference, results] = await Promise.all([client.init(), client.loadBundled()]);
      if (!live) return;
      setData({
        status: 'ready',
        error: null,
        reference,
        datasets: results.flatMap((r) => (r.dataset ? [r.dataset] : [])),
        reports: results.map((r) => r.report),
      });
    })().catch((err: unknown) => {
      if (live) setData({ ...INITIAL, status: 'error', error: err instanceof Error ? err.message : String(err) });
    });
    return () => {
      live = false;
    };
  }, [loader]);

  const addDataset = useCallback((result: LoadResult) => {
    setData((d) => ({
      ...d,
      datasets: result.dataset ? [...d.datasets, result.dataset] : d.datasets,
      reports: [...d.reports, result.report],
    }));
  }, []);

  const replaceDataset = useCallback((id: string, result: LoadResult) => {
    setData((d) => {
      const datasets = d.datasets.flatMap((ds) => (ds.id !== id ? [ds] : result.dataset ? [result.dataset] : []));
      return { ...d, datasets, reports: [...d.reports, result.report] };
    });
  }, []);

  const removeDataset = useCallback((id: string) => {
    setData((d) => ({ ...d, datasets: d.datasets.filter((ds) => ds.id !== id || ds.origin === 'bundled') }));
  }, []);

  const api = useMemo<DataApi>(() => {
    const datasetsOf = (kind: DatasetKind) => {
      const ofKind = data.datasets.filter((ds) => ds.kind === kind);
      return [...ofKind.filter((ds) => ds.origin === 'bundled'), ...ofKind.filter((ds) => ds.origin !== 'bundled')];
    };
    return { ...data, datasetsOf, addDataset, replaceDataset, removeDataset };
  }, [data, addDataset, replaceDataset, removeDataset]);

  return <DataContext.Provider value={api}>{children}</DataContext.Provider>;
}

export function useData(): DataApi {
  const api = useContext(DataContext);
  if (!api) throw new Error('useData() outside <DataProvider>');
  return api;
}
