// What the views read of the loaded data (useData) and the context that carries it. The dashboard's provider
// (DataContext.tsx: loading, uploads, merging, keeping uploads) and the embed's (bundled data only) both fill it.
import { createContext, useContext } from 'react';
import type { MergeResult } from '../data/mergeDatasets';
import type { Country, Dataset, DatasetKind, Goal, LoadReport, LoadResult } from '../data/types';

export interface Reference {
  readonly countries: readonly Country[];
  readonly goals: readonly Goal[];
}

/** The part of the loader client (src/data/loaderClient.ts) the shell uses. */
export interface DataLoader {
  init(): Promise<Reference>;
  loadBundled(): Promise<readonly LoadResult[]>;
  /** Merges in the worker (see loaderClient.ts); without it, datasets are merged on this thread. */
  merge?(datasets: readonly Dataset[]): Promise<MergeResult>;
  /** Starts a merge ahead of Add (see loaderClient.ts); null drops it. */
  prepareMerge?(datasets: readonly Dataset[] | null): void;
}


export type DataStatus = 'loading' | 'ready' | 'error';

/** Something about keeping data between visits the reader should know (see DataNotices.tsx). */
export interface DataNotice {
  readonly id: number;
  /** persist_full: storage quota; persist_failed: any other save failure; restore_*: on reload (restore_failed once per session). */
  readonly code: 'persist_full' | 'persist_failed' | 'restore_discarded' | 'restore_failed';
  /** Dataset name (persist_*) or how many saved datasets were dropped (restore_discarded). */
  readonly name?: string;
  readonly count?: number;
}

export interface DataState {
  readonly status: DataStatus;
  readonly error: string | null;
  readonly reference: Reference | null;
  readonly datasets: readonly Dataset[];
  /** Every load report, in load order (failed loads included). */
  readonly reports: readonly LoadReport[];
  /** The latest load report of each dataset, by dataset id. */
  readonly reportById: ReadonlyMap<string, LoadReport>;
  readonly notices: readonly DataNotice[];
}

export interface DataApi extends DataState {
  /** Datasets of one kind, bundled first, in the order they were added. */
  readonly datasetsOf: (kind: DatasetKind) => readonly Dataset[];
  /**
   * All datasets of one kind as one (memoised), which is what views show. A row repeated by a
   * later dataset (same key) is left out so figures are not counted twice; see mergeDatasets.ts.
   */
  readonly combined: (kind: DatasetKind) => Dataset | null;
  /** How many rows of a dataset a later dataset replaced in `combined`. */
  readonly supersededRows: (id: string) => number;
  /** Adds (or, for an id already loaded, replaces) a dataset; uploads are kept for the next visit. */
  readonly addDataset: (result: LoadResult) => void;
  readonly replaceDataset: (id: string, result: LoadResult) => void;
  /** Bundled datasets cannot be removed. */
  readonly removeDataset: (id: string) => void;
  readonly dismissNotice: (id: number) => void;
  /** A review shows this dataset: the merge adding it would make starts now (null: the review closed without it). */
  readonly prepareAdd?: (dataset: Dataset | null) => void;
}

export interface Preloaded {
  readonly reference: Reference;
  readonly results: readonly LoadResult[];
}

/** A provider's state before anything has loaded. */
export const INITIAL: DataState = { status: 'loading', error: null, reference: null, datasets: [], reports: [], reportById: new Map(), notices: [] };

/** The state of a provider that starts with its bundled data already loaded (see main.tsx, prerender) or has just loaded it (the embed). */
export function preloadedState({ reference, results }: Preloaded): DataState {
  const datasets = results.flatMap((r) => (r.dataset ? [r.dataset] : []));
  const reportById = new Map(results.flatMap((r) => (r.dataset ? [[r.dataset.id, r.report] as const] : [])));
  return { ...INITIAL, status: 'ready', reference, datasets, reports: results.map((r) => r.report), reportById };
}

export const DataApiContext = createContext<DataApi | null>(null);

export function useData(): DataApi {
  const api = useContext(DataApiContext);
  if (!api) throw new Error('useData() outside a data provider');
  return api;
}
