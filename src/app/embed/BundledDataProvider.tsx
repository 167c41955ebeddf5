// The embed's data provider: the bundled datasets, read once, and nothing else. An embedded chart never takes
// uploads, so it needs none of the dashboard provider's merging, keeping or restoring (DataContext.tsx), and
// its readers (useData) get the same answers: one bundled dataset per kind is that kind's combined data.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Dataset, DatasetKind, LoadReport } from '../../data/types';
import { DataApiContext, type DataApi, type DataLoader, type DataState } from '../dataApi';

const LOADING: DataState = { status: 'loading', error: null, reference: null, datasets: [], reports: [], reportById: new Map(), notices: [] };
const ignore = (): void => undefined;

export function BundledDataProvider({ loader, children }: { loader: () => Promise<DataLoader>; children: ReactNode }) {
  const [data, setData] = useState<DataState>(LOADING);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const source = await loader();
        const [reference, results] = await Promise.all([source.init(), source.loadBundled()]);
        const datasets = results.flatMap((r) => (r.dataset ? [r.dataset] : []));
        const reportById = new Map<string, LoadReport>(results.flatMap((r) => (r.dataset ? [[r.dataset.id, r.report] as const] : [])));
        if (live) setData({ ...LOADING, status: 'ready', reference, datasets, reports: results.map((r) => r.report), reportById });
      } catch (e) {
        if (live) setData({ ...LOADING, status: 'error', error: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      live = false;
    };
  }, [loader]);

  const api = useMemo<DataApi>(() => {
    const of = (kind: DatasetKind): readonly Dataset[] => data.datasets.filter((d) => d.kind === kind);
    return {
      ...data,
      datasetsOf: of,
      combined: (kind) => of(kind)[0] ?? null,
      supersededRows: () => 0,
      addDataset: ignore,
      replaceDataset: ignore,
      removeDataset: ignore,
      dismissNotice: ignore,
    };
  }, [data]);
  return <DataApiContext.Provider value={api}>{children}</DataApiContext.Provider>;
}
