// The embed's data provider: the bundled datasets, read once, and nothing else. An embedded chart never takes
// uploads, so it needs none of the dashboard provider's merging, keeping or restoring (DataContext.tsx), and
// its readers (useData) get the same answers: one bundled dataset per kind is that kind's combined data.
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Dataset, DatasetKind } from '../../data/types';
import { DataApiContext, INITIAL, preloadedState, type DataApi, type DataLoader, type DataState } from '../dataApi';

const ignore = (): void => undefined;

export function BundledDataProvider({ loader, children }: { loader: () => Promise<DataLoader>; children: ReactNode }) {
  const [data, setData] = useState<DataState>(INITIAL);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const source = await loader();
        const [reference, results] = await Promise.all([source.init(), source.loadBundled()]);
        if (live) setData(preloadedState({ reference, results }));
      } catch (e) {
        if (live) setData({ ...INITIAL, status: 'error', error: e instanceof Error ? e.message : String(e) });
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
