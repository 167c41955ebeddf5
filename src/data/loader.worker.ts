// The loader worker: a thin shell around loaderHandler.ts, which holds the logic and its tests.
import bundledDataUrl from 'virtual:bundled-data';
import { BUNDLED_URLS } from './bundled';
import { decodeSnapshot } from './bundledSnapshot';
import { loadCsv } from './loadCsv';
import { createMessageHandler } from './loaderHandler';
import { loadAll, persistAvailable, removeDataset, saveDataset } from './persist';
import type { WorkerRequest, WorkerResponse } from './loaderProtocol';

// The app's tsconfig types `self` as a Window; in a dedicated worker postMessage takes a transfer list.
const scope = self as unknown as {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

// The build's snapshot of the bundled data, fetched once; decoded per request, since its arrays are transferred away.
let snapshotText: Promise<string> | null = null;
const readSnapshotText = (): Promise<string> => {
  snapshotText ??= fetch(bundledDataUrl, { credentials: 'same-origin' }).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  });
  snapshotText.catch(() => { snapshotText = null; }); // a network blip may be retried
  return snapshotText;
};

const handle = createMessageHandler(
  {
    snapshot: async () => decodeSnapshot(await readSnapshotText()),
    fetch: (input, init) => fetch(input, init), urls: BUNDLED_URLS, loadCsv,
    // IndexedDB works in workers: the save (a structured clone of every column) happens here, off the UI thread.
    store: persistAvailable() ? { save: (ds, report, written) => saveDataset(ds, report, undefined, written), loadAll: () => loadAll(), remove: (id) => removeDataset(id) } : null,
  },
  (message, transfer) => scope.postMessage(message, transfer),
);

scope.onmessage = (event) => {
  void handle(event.data);
};
