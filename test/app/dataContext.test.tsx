// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataProvider, useData, type DataLoader } from '../../src/app/DataContext';
import { DataNotices } from '../../src/app/DataNotices';
import { idbDatasetStore, PERSIST_VERSION, type DatasetStore } from '../../src/data/persist';
import type { Dataset, LoadResult } from '../../src/data/types';
import { makeDataset } from '../transforms/makeDataset';
import { createStore, set } from 'idb-keyval';
import { reference } from './fakeLoader';
import { App } from '../../src/app/App';

afterEach(() => {
  cleanup();
  sessionStorage.clear();
  localStorage.clear();
  vi.restoreAllMocks();
});

const bundled: Dataset = {
  ...makeDataset('organizations', [{ country: 'KAZ', date: '2023-06', count: 680, source: 'arda.com.kz', status: 'reported' }]),
  id: 'bundled:organizations', name: 'organizations.csv', origin: 'bundled',
};
const upload: Dataset = {
  ...makeDataset('organizations', [
    { country: 'UZB', date: '2024-01', count: 120, source: 'mine.csv' },
    { country: 'FRA', date: '2024-01', count: 9, source: 'mine.csv' },
  ], { name: 'mine.csv' }),
  id: 'upload:organizations:mine.csv',
};

const result = (dataset: Dataset): LoadResult => ({
  dataset,
  report: {
    fileName: dataset.name, kind: dataset.kind, encoding: 'utf-8', delimiter: ',', bytes: 10, recordsRead: dataset.rowCount + 1,
    loaded: dataset.rowCount, rejected: 1, blank: 0, merged: 0, missingCells: {}, failed: false,
    issues: [{ severity: 'error', code: 'bad_count', line: 4, column: 'count', value: 'x', message: 'Not a number.' }],
  },
});

const loader: DataLoader = { init: async () => reference, loadBundled: async () => [result(bundled)] };

/** Shows what the context holds and offers its actions as buttons. */
function Probe() {
  const { status, datasets, combined, reportById, addDataset, removeDataset } = useData();
  if (status !== 'ready') return <p>loading</p>;
  return (
    <div>
      <p data-testid="ids">{datasets.map((d) => d.id).join(',')}</p>
      <p data-testid="combined">{combined('organizations')?.rowCount ?? 0}</p>
      <p data-testid="report">{reportById.get(upload.id)?.rejected ?? 'none'}</p>
      <button type="button" onClick={() => addDataset(result(upload))}>add</button>
      <button type="button" onClick={() => removeDataset(upload.id)}>remove upload</button>
      <button type="button" onClick={() => removeDataset(bundled.id)}>remove bundled</button>
    </div>
  );
}

function mount(storage: DatasetStore | null) {
  return render(
    <DataProvider loader={loader} storage={storage}>
      <DataNotices />
      <Probe />
    </DataProvider>,
  );
}

let db = 0;
const freshStore = () => idbDatasetStore(`ctx-test-${++db}`)!;

describe('DataProvider persistence', () => {
  it('an upload comes back after a reload, with its load report, and every view sees it combined', async () => {
    const store = freshStore();
    const first = mount(store);
    fireEvent.click(await screen.findByRole('button', { name: 'add' }));
    expect(screen.getByTestId('combined').textContent).toBe('3');
    await waitFor(async () => expect((await store.loadAll()).saved).toHaveLength(1));
    first.unmount();

    mount(store);
    await waitFor(() => expect(screen.getByTestId('ids').textContent).toBe('bundled:organizations,upload:organizations:mine.csv'));
    expect(screen.getByTestId('combined').textContent).toBe('3');
    expect(screen.getByTestId('report').textContent).toBe('1');
  });

  it('remove deletes the upload from storage; bundled datasets stay', async () => {
    const store = freshStore();
    mount(store);
    fireEvent.click(await screen.findByRole('button', { name: 'add' }));
    await waitFor(async () => expect((await store.loadAll()).saved).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'remove upload' }));
    fireEvent.click(screen.getByRole('button', { name: 'remove bundled' }));
    expect(screen.getByTestId('ids').textContent).toBe('bundled:organizations');
    await waitFor(async () => expect((await store.loadAll()).saved).toHaveLength(0));
  });

  it('a full storage is reported in a notice and the data stays usable for the session', async () => {
    const storage: DatasetStore = {
      save: vi.fn(() => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))),
      loadAll: async () => ({ saved: [], discarded: 0 }),
      remove: async () => {},
    };
    mount(storage);
    fireEvent.click(await screen.findByRole('button', { name: 'add' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('mine.csv');
    expect(alert.textContent).toContain('Could not keep this dataset for your next visit: storage is full. It stays usable until you close the page.');
    expect(screen.getByTestId('combined').textContent).toBe('3');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByTestId('ids').textContent).toContain(upload.id);
  });

  it('a saved dataset from another format version is discarded with a notice, never a crash', async () => {
    const name = `ctx-test-${++db}`;
    await set(`dataset:${upload.id}`, { version: PERSIST_VERSION + 1, seq: 1, dataset: upload, report: null }, createStore(name, 'datasets'));
    mount(idbDatasetStore(name)!);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('1 dataset saved by another version'));
    expect(screen.getByTestId('ids').textContent).toBe('bundled:organizations');
  });

  it('a storage that cannot be read still lets the bundled data load', async () => {
    const storage: DatasetStore = { save: async () => {}, loadAll: () => Promise.reject(new Error('blocked')), remove: async () => {} };
    mount(storage);
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', expect.stringContaining('could not be restored'));
    expect(screen.getByTestId('ids').textContent).toBe('bundled:organizations');
  });

  it('adding the same id again replaces the dataset instead of listing it twice', async () => {
    mount(null);
    fireEvent.click(await screen.findByRole('button', { name: 'add' }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'add' })));
    expect(screen.getByTestId('ids').textContent).toBe('bundled:organizations,upload:organizations:mine.csv');
  });
});

vi.mock('../../src/geo/loadTopology', () => ({
  loadTopology: async () => ['398', '860', '250'].map((id, i) => ({
    type: 'Feature', id, properties: { name: id },
    geometry: { type: 'Polygon', coordinates: [[[i * 20, 40], [i * 20 + 10, 40], [i * 20 + 10, 50], [i * 20, 50], [i * 20, 40]]] },
  })),
}));

describe('the notice that saved datasets could not be restored (IndexedDB failing, e.g. private browsing)', () => {
  const failing = (): DatasetStore => ({ save: async () => {}, loadAll: () => Promise.reject(new Error('blocked')), remove: async () => {} });
  const working = (): DatasetStore => ({ save: async () => {}, loadAll: async () => ({ saved: [], discarded: 0 }), remove: async () => {} });
  const RESTORE_FAILED = 'Datasets kept from earlier visits could not be restored. Load the files again to use them.';

  /** Opens the page (a visit) and returns whether the notice was shown once the data is ready. */
  async function visit(storage: DatasetStore): Promise<{ told: boolean; close: () => void }> {
    const page = mount(storage);
    await waitFor(() => expect(screen.getByTestId('ids').textContent).toBe('bundled:organizations'));
    const told = screen.queryAllByRole('alert').some((a) => a.textContent?.includes(RESTORE_FAILED));
    return { told, close: page.unmount };
  }

  it('is told on the first visit of a browser session only', async () => {
    const first = await visit(failing());
    expect(first.told).toBe(true);
    first.close();
    const reload = await visit(failing());
    expect(reload.told).toBe(false);
    reload.close();
    sessionStorage.clear(); // the browser was closed: a new session
    const next = await visit(failing());
    next.close(); // a page left open would still show its notice to the next test
    expect(next.told).toBe(true);
  });

  it('once dismissed it stays away in later sessions, until saved data comes back and fails again', async () => {
    const first = await visit(failing());
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(RESTORE_FAILED)).toBeNull();
    first.close();
    sessionStorage.clear();
    const later = await visit(failing());
    expect(later.told).toBe(false);
    later.close();
    (await visit(working())).close(); // storage works again
    sessionStorage.clear();
    const again = await visit(failing());
    again.close();
    expect(again.told).toBe(true);
  });

  it('is told on every visit, without an error, where Web Storage itself is blocked', async () => {
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(blocked);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(blocked);
    const first = await visit(failing());
    expect(first.told).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    first.close();
    expect((await visit(failing())).told).toBe(true);
  });

  it('is not told when the saved datasets came back', async () => {
    expect((await visit(working())).told).toBe(false);
  });
});

describe('combined datasets in the views', () => {
  it('the map shows uploaded rows beside bundled ones, and an upload replaces the bundled row it repeats', async () => {
    const repeat: Dataset = {
      ...makeDataset('organizations', [
        { country: 'FRA', date: '2024-01', count: 9, source: 'mine.csv' },
        { country: 'KAZ', date: '2023-06', count: 681, source: 'mine.csv' },
      ], { name: 'mine.csv' }),
      id: 'upload:organizations:mine.csv',
    };
    const storage: DatasetStore = { save: async () => {}, loadAll: async () => ({ saved: [{ dataset: repeat, report: null }], discarded: 0 }), remove: async () => {} };
    window.history.replaceState(null, '', '/?view=map&dataset=organizations');
    render(<App loader={loader} storage={storage} />);
    expect(await screen.findByRole('option', { name: /France\s*9/ })).toBeTruthy();
    // 681 from the upload, not 680 + 681 from both sources.
    expect(screen.getByRole('option', { name: /Kazakhstan\s*681/ })).toBeTruthy();
  });
});

describe('a prerendered page hydrating', () => {
  it('keeps the same data API when the loader client arrives (a new one would make React drop the prerendered HTML)', async () => {
    const apis: unknown[] = [];
    function Probe() {
      apis.push(useData());
      return null;
    }
    let arrived = false;
    const loader = async (): Promise<DataLoader> => {
      arrived = true;
      // No merge: mergeCapable stays as it started (the app's own worker is known to merge before it arrives).
      return { init: async () => reference, loadBundled: async () => [result(bundled)], prepareMerge: () => undefined };
    };
    render(<DataProvider loader={loader} storage={null} preloaded={{ reference, results: [result(bundled)] }}><Probe /></DataProvider>);
    await waitFor(() => expect(arrived).toBe(true));
    await act(async () => new Promise((ok) => setTimeout(ok, 50)));
    expect(new Set(apis).size).toBe(1);
  });
});
