import 'fake-indexeddb/auto';
import { createStore, keys, set, type UseStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { PERSIST_VERSION, idbDatasetStore, isQuotaError, loadAll, removeDataset, saveDataset } from '../../src/data/persist';
import type { Dataset, LoadReport } from '../../src/data/types';
import { makeDataset } from '../transforms/makeDataset';

let dbCount = 0;
const freshStore = () => createStore(`persist-test-${++dbCount}`, 'datasets');

const upload = (name: string): Dataset => ({
  ...makeDataset('placements', [
    { year: 2023, country: 'KAZ', perspective: 'duty_station', type: 'total', sdg: '4|5', count: 65, source: name },
    { year: 2024, country: 'UZB', perspective: 'nationality', type: 'national', count: null, qualifier: 'approx', source: name },
  ], { name }),
  id: `upload:placements:${name}`,
});

const report = (fileName: string): LoadReport => ({
  fileName, kind: 'placements', encoding: 'utf-8', delimiter: ',', bytes: 120, recordsRead: 3, loaded: 2, rejected: 1, blank: 0, merged: 0,
  missingCells: { count: 1 }, failed: false,
  issues: [{ severity: 'error', code: 'bad_count', line: 4, column: 'count', value: 'lots', message: 'Not a number.' }],
});

describe('persist', () => {
  it('gives back what was saved: typed columns, lines and the load report, in save order', async () => {
    const store = freshStore();
    const a = upload('a.csv');
    const b = { ...upload('b.csv'), origin: 'url' as const };
    await saveDataset(b, null, store);
    await saveDataset(a, report('a.csv'), store);
    const { saved, discarded } = await loadAll(store);
    expect(discarded).toBe(0);
    expect(saved.map((s) => s.dataset.id)).toEqual([b.id, a.id]);
    const back = saved[1]!.dataset;
    expect(back.columns.count).toEqual(a.columns.count);
    expect(back.columns.count!.type === 'number' && back.columns.count!.values).toBeInstanceOf(Float64Array);
    expect(back.columns.sdg).toEqual({ type: 'goals', masks: Uint32Array.of(0b11000, 0) });
    expect(back.columns.country).toEqual(a.columns.country);
    expect([...back.lines]).toEqual([2, 3]);
    expect(saved[1]!.report).toEqual(report('a.csv'));
    expect(saved[0]!.report).toBeNull();
  });

  it('saving the same id again overwrites it, and remove deletes it', async () => {
    const store = freshStore();
    await saveDataset(upload('a.csv'), null, store);
    await saveDataset(upload('a.csv'), report('a.csv'), store);
    expect((await loadAll(store)).saved).toHaveLength(1);
    await removeDataset('upload:placements:a.csv', store);
    expect((await loadAll(store)).saved).toHaveLength(0);
    expect(await keys(store)).toEqual([]);
  });

  it('discards and deletes records of another format version or a damaged shape, keeping the rest', async () => {
    const store = freshStore();
    await saveDataset(upload('good.csv'), null, store);
    await set('dataset:upload:placements:old.csv', { version: PERSIST_VERSION + 1, seq: 1, dataset: upload('old.csv'), report: null }, store);
    const broken = upload('broken.csv');
    await set('dataset:upload:placements:broken.csv', { version: PERSIST_VERSION, seq: 2, dataset: { ...broken, lines: [1, 2] }, report: null }, store);
    await set('dataset:x', 'not a record', store);
    const { saved, discarded } = await loadAll(store);
    expect(saved.map((s) => s.dataset.name)).toEqual(['good.csv']);
    expect(discarded).toBe(3);
    expect((await keys(store)).filter((k) => typeof k === 'string')).toEqual(['dataset:upload:placements:good.csv']);
    // The good dataset's column records stay; the discarded ones had none.
    expect((await loadAll(store)).saved.map((s) => s.dataset.name)).toEqual(['good.csv']);
  });

  it('still reads a dataset saved whole in one record by the previous version', async () => {
    const store = freshStore();
    const old = upload('old.csv');
    await set(`dataset:${old.id}`, { version: 1, seq: 1, dataset: old, report: report('old.csv') }, store);
    const { saved, discarded } = await loadAll(store);
    expect(discarded).toBe(0);
    expect(saved[0]!.dataset.columns.country).toEqual(old.columns.country);
    expect(saved[0]!.report).toEqual(report('old.csv'));
  });

  it('writes one column a transaction, so only one column is being serialised at a time', async () => {
    const store = freshStore();
    const perTransaction: number[] = [];
    const counting: UseStore = (mode, callback) => store(mode, (s) => {
      if (mode === 'readwrite') {
        perTransaction.push(0);
        const put = s.put.bind(s);
        s.put = (value: unknown, key?: IDBValidKey) => {
          perTransaction[perTransaction.length - 1]!++;
          return put(value, key);
        };
      }
      return callback(s);
    });
    const ds = upload('a.csv');
    // `written` comes after each column's transaction, before the next column is read.
    const seen: number[] = [];
    await saveDataset(ds, null, counting, () => seen.push(perTransaction.length));
    // Every column, the lines and the dataset's own record.
    expect(perTransaction.filter((n) => n > 0)).toEqual(Array(Object.keys(ds.columns).length + 2).fill(1));
    expect(seen).toEqual(Object.keys(ds.columns).map((_, i) => i + 1));
    expect((await loadAll(store)).saved[0]!.dataset.columns).toEqual(ds.columns);
  });

  it('a save that fails part-way (a full disk) leaves the previous save whole and nothing of its own', async () => {
    const store = freshStore();
    await saveDataset(upload('a.csv'), report('first'), store);
    const before = await keys(store);
    let writes = 0;
    const filling: UseStore = (mode, callback) => {
      if (mode === 'readwrite' && ++writes === 4) return Promise.reject(new DOMException('full', 'QuotaExceededError'));
      return store(mode, callback);
    };
    const error = await saveDataset({ ...upload('a.csv'), rowCount: 2 }, report('second'), filling).catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    const { saved, discarded } = await loadAll(store);
    expect(discarded).toBe(0);
    expect(saved.map((s) => s.report?.fileName)).toEqual(['first']);
    expect((await keys(store)).sort()).toEqual(before.sort());
  });

  it('an interrupted save (its dataset record never written) leaves the previous save, and its columns are deleted', async () => {
    const store = freshStore();
    const ds = upload('a.csv');
    await saveDataset(ds, report('first'), store);
    await set(['part', ds.id, 1, 'country'], ds.columns.country, store);
    const { saved, discarded } = await loadAll(store);
    expect([saved.map((s) => s.report?.fileName), discarded]).toEqual([['first'], 0]);
    expect((await keys(store)).some((k) => Array.isArray(k) && k[2] === 1)).toBe(false);
  });

  it('a removal asked while a save runs happens after it: the dataset does not come back', async () => {
    const store = freshStore();
    const saving = saveDataset(upload('a.csv'), null, store);
    await removeDataset('upload:placements:a.csv', store);
    await saving;
    expect(await loadAll(store)).toEqual({ saved: [], discarded: 0 });
    expect(await keys(store)).toEqual([]);
  });

  it('rejects a code that points past its dictionary', async () => {
    const store = freshStore();
    const ds = upload('bad-code.csv');
    const country = { type: 'code', codes: Int32Array.of(0, 5), dictionary: ['KAZ'] };
    await set(`dataset:${ds.id}`, { version: PERSIST_VERSION, seq: 1, dataset: { ...ds, columns: { ...ds.columns, country } }, report: null }, store);
    expect(await loadAll(store)).toEqual({ saved: [], discarded: 1 });
  });

  it('never stores bundled datasets', async () => {
    await expect(saveDataset({ ...upload('x.csv'), origin: 'bundled' }, null, freshStore())).rejects.toThrow(/bundled/);
  });

  it('idbDatasetStore works against a named database', async () => {
    const store = idbDatasetStore('persist-test-named')!;
    await store.save(upload('n.csv'), null);
    expect((await idbDatasetStore('persist-test-named')!.loadAll()).saved).toHaveLength(1);
    await store.remove('upload:placements:n.csv');
    expect((await store.loadAll()).saved).toHaveLength(0);
  });

  it('recognises quota errors by name', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });
});
