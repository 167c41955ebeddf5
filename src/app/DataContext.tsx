// Loads the reference tables and the bundled datasets once, restores the datasets kept from earlier
// visits, and holds every dataset the app shows. Uploaded datasets are saved as they are added.
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { mergeDatasets, type MergeResult } from '../data/mergeDatasets';
import { idbDatasetStore, isQuotaError, persistAvailable, type DatasetStore, type Restored } from '../data/persist';
import type { Dataset, DatasetKind, LoadReport, LoadResult } from '../data/types';
import { DataApiContext, INITIAL, preloadedState, type DataApi, type DataLoader, type DataNotice, type DataState, type Preloaded, type Reference } from './dataApi';
import { forgetRestoreFailed, rememberRestoreFailedDismissed, shouldTellRestoreFailed } from './restoreNotice';

// The context, its types and useData() live in dataApi.ts, so a page that only reads data (the embed) need not bundle this provider.
export { useData, type DataApi, type DataLoader, type DataNotice, type DataState, type DataStatus, type Preloaded, type Reference } from './dataApi';

/** Below this many rows of a kind, its datasets are merged here (a few milliseconds); above, in the worker. */
export const WORKER_MERGE_ROWS = 50_000;

const NOTHING_RESTORED: Restored = { saved: [], discarded: 0 };


// Imported on demand so the worker client is not part of the first chunk's critical path.
async function defaultLoader(): Promise<DataLoader> {
  const { sharedLoader } = await import('../data/loaderClient');
  return sharedLoader();
}

/** Uploads kept in IndexedDB by the loader worker: saving and restoring copy every column, which belongs off this thread. */
function workerStore(): DatasetStore | null {
  if (!persistAvailable()) return null;
  const worker = async () => (await import('../data/loaderClient')).sharedLoader();
  return {
    save: async (dataset, report) => (await worker()).save(dataset, report),
    loadAll: async () => (await worker()).restore(),
    remove: async (id) => (await worker()).forget(id),
  };
}

/** What a kind's merge was made from: the ids of its datasets, in order. */
const signature = (datasets: readonly Dataset[]): string => datasets.map((d) => d.id).join('\n');

interface WorkerMerge {
  readonly signature: string;
  readonly ids: readonly string[];
  readonly result: MergeResult;
}

export interface DataProviderProps {
  /** A loader, or a function that makes one; defaults to the worker-backed loader client. */
  readonly loader?: DataLoader | (() => Promise<DataLoader>);
  /** Where uploads are kept between visits; defaults to IndexedDB, null to keep nothing. */
  readonly storage?: DatasetStore | null;
  /** Reference and bundled results loaded before the first render: a prerendered page hydrates with them. */
  readonly preloaded?: Preloaded;
  readonly children: ReactNode;
}



let noticeIds = 0;
const notice = (n: Omit<DataNotice, 'id'>): DataNotice => ({ ...n, id: ++noticeIds });

/** Puts a dataset in place of the one with the same id, or at the end. */
function upsert(datasets: readonly Dataset[], ds: Dataset, replacing: string = ds.id): Dataset[] {
  const at = datasets.findIndex((d) => d.id === replacing || d.id === ds.id);
  if (at < 0) return [...datasets, ds];
  return datasets.flatMap((d, i) => (i === at ? [ds] : d.id === replacing || d.id === ds.id ? [] : [d]));
}

function withReport(reports: ReadonlyMap<string, LoadReport>, id: string, report: LoadReport, drop?: string): Map<string, LoadReport> {
  const next = new Map(reports);
  if (drop !== undefined) next.delete(drop);
  next.set(id, report);
  return next;
}

export function DataProvider({ loader = defaultLoader, storage, preloaded, children }: DataProviderProps) {
  const [data, setData] = useState<DataState>(() => (preloaded ? preloadedState(preloaded) : INITIAL));
  const preloadedRef = useRef(preloaded);
  const store = useMemo(
    () => (storage !== undefined ? storage : loader === defaultLoader ? workerStore() : idbDatasetStore()),
    [storage, loader],
  );
  // The loader once started, for merges in the worker; merges it finished, by kind.
  const [client, setClient] = useState<DataLoader | null>(null);
  // Known before the client arrives for the app's own worker, so its arrival changes nothing the views read
  // (a change there would make React drop a prerendered page's HTML instead of hydrating it).
  const [mergeCapable, setMergeCapable] = useState(loader === defaultLoader);
  const [workerMerges, setWorkerMerges] = useState<ReadonlyMap<DatasetKind, WorkerMerge>>(new Map());
  // The actions read the current datasets to decide what to delete from storage (outside setData).
  const datasetsRef = useRef(data.datasets);
  useEffect(() => {
    datasetsRef.current = data.datasets;
  }, [data.datasets]);
  const noticesRef = useRef(data.notices);
  useEffect(() => {
    noticesRef.current = data.notices;
  }, [data.notices]);

  const addNotice = useCallback((n: Omit<DataNotice, 'id'>) => setData((d) => ({ ...d, notices: [...d.notices, notice(n)] })), []);

  useEffect(() => {
    let live = true;
    (async () => {
      const restoring = store ? store.loadAll().catch(() => null) : Promise.resolve(NOTHING_RESTORED);
      const ready = preloadedRef.current;
      const client = typeof loader === 'function' ? await loader() : loader;
      const fetchAll = async (): Promise<readonly [Reference, readonly LoadResult[]]> =>
        (ready ? [ready.reference, ready.results] : Promise.all([client.init(), client.loadBundled()]));
      const [[reference, results], restored] = await Promise.all([fetchAll(), restoring]);
      if (!live) return;
      setClient(client);
      setMergeCapable(client.merge !== undefined);
      const loaded = [...results, ...(restored ?? NOTHING_RESTORED).saved.map((s) => ({ dataset: s.dataset, report: s.report }))];
      const extra: Omit<DataNotice, 'id'>[] = [];
      if (restored === null && shouldTellRestoreFailed()) extra.push({ code: 'restore_failed' });
      if (restored !== null && store) forgetRestoreFailed();
      if (restored && restored.discarded > 0) extra.push({ code: 'restore_discarded', count: restored.discarded });
      // Preloaded and nothing kept from earlier visits: the state is already right, so no re-render.
      if (ready && extra.length === 0 && loaded.length === results.length) return;
      setData((d) => {
        // Anything added while loading stays, after the bundled and restored datasets.
        let datasets: Dataset[] = [];
        let reportById = new Map<string, LoadReport>();
        for (const r of loaded) {
          if (!r.dataset) continue;
          datasets = upsert(datasets, r.dataset);
          if (r.report) reportById.set(r.dataset.id, r.report);
        }
        for (const ds of d.datasets) datasets = upsert(datasets, ds);
        reportById = new Map([...reportById, ...d.reportById]);
        const reports = [...loaded.flatMap((r) => (r.report ? [r.report] : [])), ...d.reports];
        return { ...d, status: 'ready', error: null, reference, datasets, reports, reportById, notices: [...d.notices, ...extra.map(notice)] };
      });
    })().catch((err: unknown) => {
      if (live) setData({ ...INITIAL, status: 'error', error: err instanceof Error ? err.message : String(err) });
    });
    return () => {
      live = false;
    };
  }, [loader, store]);

  // Saves wait for the render that shows the dataset, and go after its merge: the worker then builds the merge
  // the reader waits for first, and never holds the merge and the save's copy of the columns at once.
  const saves = useRef<(() => void)[]>([]);
  const keep = useCallback((ds: Dataset, report: LoadReport) => {
    if (!store || ds.origin === 'bundled') return;
    saves.current.push(() => {
      store.save(ds, report).catch((err: unknown) => addNotice({ code: isQuotaError(err) ? 'persist_full' : 'persist_failed', name: ds.name }));
    });
  }, [store, addNotice]);

  const forget = useCallback((id: string) => {
    // A dataset that cannot be deleted from storage is discarded on a later visit only if damaged; nothing to tell here.
    store?.remove(id).catch(() => undefined);
  }, [store]);

  const addDataset = useCallback((result: LoadResult) => {
    const ds = result.dataset;
    setData((d) => ({
      ...d,
      datasets: ds ? upsert(d.datasets, ds) : d.datasets,
      reports: [...d.reports, result.report],
      reportById: ds ? withReport(d.reportById, ds.id, result.report) : d.reportById,
    }));
    if (ds) keep(ds, result.report);
  }, [keep]);

  const replaceDataset = useCallback((id: string, result: LoadResult) => {
    const ds = result.dataset;
    const old = datasetsRef.current.find((d) => d.id === id);
    setData((d) => {
      const datasets = ds ? upsert(d.datasets, ds, id) : d.datasets.filter((x) => x.id !== id);
      const reportById = ds ? withReport(d.reportById, ds.id, result.report, id) : new Map([...d.reportById].filter(([k]) => k !== id));
      return { ...d, datasets, reports: [...d.reports, result.report], reportById };
    });
    if (old && old.origin !== 'bundled' && (!ds || ds.id !== id)) forget(id);
    if (ds) keep(ds, result.report);
  }, [keep, forget]);

  const removeDataset = useCallback((id: string) => {
    const ds = datasetsRef.current.find((d) => d.id === id);
    if (!ds || ds.origin === 'bundled') return;
    setData((d) => ({
      ...d,
      datasets: d.datasets.filter((x) => x.id !== id),
      reportById: new Map([...d.reportById].filter(([k]) => k !== id)),
    }));
    forget(id);
  }, [forget]);

  const dismissNotice = useCallback((id: number) => {
    if (noticesRef.current.some((n) => n.id === id && n.code === 'restore_failed')) rememberRestoreFailedDismissed();
    setData((d) => ({ ...d, notices: d.notices.filter((n) => n.id !== id) }));
  }, []);

  // Keyed on the datasets alone, so a notice does not hand views a new `combined` (and a re-merge).
  const { datasets } = data;
  const datasetsOf = useCallback((kind: DatasetKind) => {
    const ofKind = datasets.filter((ds) => ds.kind === kind);
    return [...ofKind.filter((ds) => ds.origin === 'bundled'), ...ofKind.filter((ds) => ds.origin !== 'bundled')];
  }, [datasets]);
  const inWorker = useCallback((list: readonly Dataset[]) => mergeCapable && list.length > 1 &&
    list.reduce((n, ds) => n + ds.rowCount, 0) > WORKER_MERGE_ROWS, [mergeCapable]);

  // Big kinds are merged in the worker; until it answers, views keep what they showed (see `lookups`).
  const asked = useRef(new Map<DatasetKind, string>());
  useEffect(() => {
    if (!client?.merge) return;
    for (const kind of new Set(datasets.map((ds) => ds.kind))) {
      const list = datasetsOf(kind);
      const sig = signature(list);
      if (!inWorker(list) || asked.current.get(kind) === sig) continue;
      asked.current.set(kind, sig);
      client.merge(list).catch((err: unknown) => {
        // A worker that failed leaves correctness to this thread: slower, same rows.
        if ((err as { name?: string }).name === 'AbortError') throw err;
        return mergeDatasets(list, { supersede: true });
      }).then((result) => {
        if (asked.current.get(kind) !== sig) return; // the datasets changed again meanwhile
        // A transition: the views' first render of a big merge (a million-row table) runs in slices, not one task.
        startTransition(() => setWorkerMerges((m) => new Map(m).set(kind, { signature: sig, ids: list.map((d) => d.id), result })));
      }, () => {
        if (asked.current.get(kind) === sig) asked.current.delete(kind);
      });
    }
  }, [client, datasets, datasetsOf, inWorker]);

  // Read through a ref: the client's arrival must not give the views a new API (see mergeCapable).
  const clientRef = useRef(client);
  useEffect(() => {
    clientRef.current = client;
  }, [client]);
  const prepareAdd = useCallback((ds: Dataset | null) => {
    const list = ds ? [...datasetsOf(ds.kind), ds] : null;
    clientRef.current?.prepareMerge?.(list && inWorker(list) ? list : null);
  }, [datasetsOf, inWorker]);

  // Declared after the merge effect, so a save is sent after the merge of the same change.
  useEffect(() => {
    const pending = saves.current.splice(0);
    for (const save of pending) save();
  }, [datasets]);

  // What each kind showed last, so a kind whose worker merge is still running shows its old rows meanwhile.
  const lastShown = useRef(new Map<DatasetKind, { ids: readonly string[]; result: MergeResult }>());
  const lookups = useMemo(() => {
    // Merged on first use per kind, then reused until the datasets change.
    const merged = new Map<DatasetKind, { ids: readonly string[]; result: MergeResult }>();
    const mergedOf = (kind: DatasetKind) => {
      let m = merged.get(kind);
      if (m) return m;
      const list = datasetsOf(kind);
      const fromWorker = workerMerges.get(kind);
      if (!inWorker(list)) m = { ids: list.map((d) => d.id), result: mergeDatasets(list, { supersede: true }) };
      else if (fromWorker?.signature === signature(list)) m = fromWorker;
      else m = lastShown.current.get(kind) ?? { ids: [], result: { dataset: null, superseded: [] } };
      merged.set(kind, m);
      lastShown.current.set(kind, m);
      return m;
    };
    const combined = (kind: DatasetKind) => mergedOf(kind).result.dataset;
    const supersededRows = (id: string) => {
      const ds = datasets.find((d) => d.id === id);
      if (!ds) return 0;
      const m = mergedOf(ds.kind);
      return m.result.superseded[m.ids.indexOf(id)] ?? 0;
    };
    return { datasetsOf, combined, supersededRows };
  }, [datasets, datasetsOf, inWorker, workerMerges]);

  const api = useMemo<DataApi>(
    () => ({ ...data, ...lookups, addDataset, replaceDataset, removeDataset, dismissNotice, prepareAdd }),
    [data, lookups, addDataset, replaceDataset, removeDataset, dismissNotice, prepareAdd],
  );

  return <DataApiContext.Provider value={api}>{children}</DataApiContext.Provider>;
}

