// Merging, superseding and saving in the loader worker (issue 13), through the real client and handler: the
// rows are the ones mergeDatasets gives on this thread, an upload the worker parsed is referred to by handle
// (its columns are not sent back), and a restarted worker is sent the columns instead.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createLoader, type WorkerLike } from '../../../src/data/loaderClient';
import { loadCsv } from '../../../src/data/loadCsv';
import { createMessageHandler, overallFraction, readBlob } from '../../../src/data/loaderHandler';
import type { WorkerRequest, WorkerResponse } from '../../../src/data/loaderProtocol';
import { isQuotaError, type SavedDataset } from '../../../src/data/persist';
import { mergeDatasets } from '../../../src/data/mergeDatasets';
import type { Dataset } from '../../../src/data/types';
import { createWorkerDatasets, type WorkerStore } from '../../../src/data/workerDatasets';
import { diskFetch, URLS } from './fakes';

/** An in-memory store; `failWith` makes save reject with an error of that name. */
function memoryStore(failWith?: string): WorkerStore & { saved: Map<string, SavedDataset> } {
  const saved = new Map<string, SavedDataset>();
  return {
    saved,
    save: async (dataset, report) => {
      if (failWith) throw Object.assign(new Error('refused'), { name: failWith });
      saved.set(dataset.id, { dataset: structuredClone(dataset), report });
    },
    loadAll: async () => ({ saved: [...saved.values()].map((s) => structuredClone(s)), discarded: 0 }),
    remove: async (id) => void saved.delete(id),
  };
}

/** A worker in this process: messages are structured-cloned with their transfer lists, as postMessage does. */
function inProcessWorkers(store: WorkerStore) {
  const requests: WorkerRequest[] = [];
  const make = (): WorkerLike => {
    let alive = true;
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => { alive = false; },
      postMessage: (request) => {
        requests.push(request);
        const copy = structuredClone(request);
        queueMicrotask(() => void handle(copy));
      },
    };
    const handle = createMessageHandler({ fetch: diskFetch(), urls: URLS, loadCsv, store }, (message, transfer) => {
      const data = structuredClone(message, { transfer }) as WorkerResponse;
      if (alive) worker.onmessage?.({ data } as MessageEvent<WorkerResponse>);
    });
    return worker;
  };
  return { make, requests };
}

const bundledBytes = readFileSync(fileURLToPath(new URL('../../../data/placements.csv', import.meta.url)));
/** The bundled placements again, every other row, with other counts: each of its rows repeats a bundled key. */
function repeatingUpload(): ArrayBuffer {
  const [header, ...rows] = bundledBytes.toString('utf8').trim().split('\n');
  const text = [header, ...rows.filter((_, i) => i % 2 === 0)].join('\n') + '\n';
  return new TextEncoder().encode(text).buffer as ArrayBuffer;
}

function cells(ds: Dataset): unknown[][] {
  const names = Object.keys(ds.columns).sort();
  return Array.from({ length: ds.rowCount }, (_, r) => [ds.lines[r], ...names.map((n) => {
    const c = ds.columns[n]!;
    if (c.type === 'number') return c.values[r];
    if (c.type === 'goals') return c.masks[r];
    return c.codes[r]! < 0 ? null : c.dictionary[c.codes[r]!];
  })]);
}

async function loadBoth(loader: ReturnType<typeof createLoader>) {
  const [, , placements] = await loader.loadBundled();
  const upload = await loader.load(repeatingUpload(), { fileName: 'again.csv' });
  return { bundled: placements!.dataset!, upload: upload.dataset!, report: upload.report };
}

describe('datasets in the loader worker', () => {
  it('merges the bundled rows and an upload into the rows mergeDatasets gives here, sending the upload by handle', async () => {
    const workers = inProcessWorkers(memoryStore());
    const loader = createLoader(workers.make);
    const { bundled, upload } = await loadBoth(loader);
    const here = mergeDatasets([bundled, upload], { supersede: true });
    const there = await loader.merge([bundled, upload]);
    expect(there.superseded).toEqual(here.superseded);
    expect(there.superseded[0]).toBeGreaterThan(0);
    expect(cells(there.dataset!)).toEqual(cells(here.dataset!));
    const merge = workers.requests.find((r) => r.type === 'merge');
    expect(merge?.type === 'merge' && merge.parts.map((p) => p.kind)).toEqual(['data', 'held']);
  });

  it('sends the columns themselves to a worker that was restarted (a cancelled load), with the same rows', async () => {
    const workers = inProcessWorkers(memoryStore());
    const loader = createLoader(workers.make);
    const { bundled, upload } = await loadBoth(loader);
    const controller = new AbortController();
    const cancelled = loader.load(repeatingUpload(), { fileName: 'other.csv' }, { signal: controller.signal });
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    const there = await loader.merge([bundled, upload]);
    expect(cells(there.dataset!)).toEqual(cells(mergeDatasets([bundled, upload], { supersede: true }).dataset!));
    const merge = workers.requests.findLast((r) => r.type === 'merge');
    expect(merge?.type === 'merge' && merge.parts.map((p) => p.kind)).toEqual(['data', 'data']);
  });

  it('a merge prepared while the review shows is the one Add then gets: one request, the same rows', async () => {
    const workers = inProcessWorkers(memoryStore());
    const loader = createLoader(workers.make);
    const { bundled, upload } = await loadBoth(loader);
    const renamed = { ...upload, id: `${upload.id}#2` }; // as uniqueDataset names a second copy: the same columns
    loader.prepareMerge([bundled, renamed]);
    loader.prepareMerge([bundled, { ...renamed }]); // the same datasets again: nothing more is asked
    const there = await loader.merge([bundled, { ...renamed }]);
    expect(workers.requests.filter((r) => r.type === 'merge')).toHaveLength(1);
    expect(cells(there.dataset!)).toEqual(cells(mergeDatasets([bundled, renamed], { supersede: true }).dataset!));
    // Taken once: a later merge of the same datasets asks the worker again.
    await loader.merge([bundled, renamed]);
    expect(workers.requests.filter((r) => r.type === 'merge')).toHaveLength(2);
  });

  it('a prepared merge is not used for other datasets, nor after the review was cancelled', async () => {
    const workers = inProcessWorkers(memoryStore());
    const loader = createLoader(workers.make);
    const { bundled, upload } = await loadBoth(loader);
    loader.prepareMerge([bundled, upload]);
    const other = await loader.merge([upload, bundled]); // another order: another merge
    expect(workers.requests.filter((r) => r.type === 'merge')).toHaveLength(2);
    expect(cells(other.dataset!)).toEqual(cells(mergeDatasets([upload, bundled], { supersede: true }).dataset!));
    loader.prepareMerge([bundled, upload]);
    loader.prepareMerge(null);
    await loader.merge([bundled, upload]);
    expect(workers.requests.filter((r) => r.type === 'merge')).toHaveLength(4);
  });

  it('saves an upload in the worker, restores it with its report, and forgets it', async () => {
    const store = memoryStore();
    const loader = createLoader(inProcessWorkers(store).make);
    const { upload, report } = await loadBoth(loader);
    await loader.save({ ...upload, id: 'upload:placements:again.csv#2' }, report);
    expect([...store.saved.keys()]).toEqual(['upload:placements:again.csv#2']);
    const restored = await loader.restore();
    expect(restored.saved.map((s) => s.dataset.id)).toEqual(['upload:placements:again.csv#2']);
    expect(cells(restored.saved[0]!.dataset)).toEqual(cells(upload));
    expect(restored.saved[0]!.report?.recordsRead).toBe(report.recordsRead);
    await loader.forget('upload:placements:again.csv#2');
    expect(store.saved.size).toBe(0);
  });

  it('tells a full disk apart: the save rejects with the browser error name', async () => {
    const loader = createLoader(inProcessWorkers(memoryStore('QuotaExceededError')).make);
    const { upload, report } = await loadBoth(loader);
    const failure = await loader.save(upload, report).catch((e: unknown) => e);
    expect(isQuotaError(failure)).toBe(true);
  });
});

describe('uploads as the worker holds them (code columns narrowed to the bytes their dictionary needs)', () => {
  /** An upload whose source column's dictionary has `distinct` values, every third cell missing. */
  const upload = (distinct: number): Dataset => {
    const rows = 3 * Math.min(distinct, 300) + 5; // the dictionary's size picks the array, not the rows
    const dictionary = Array.from({ length: distinct }, (_, i) => `source ${i}`);
    return {
      id: `upload:placements:${distinct}.csv`, kind: 'placements', name: `${distinct}.csv`, origin: 'upload', rowCount: rows,
      lines: Int32Array.from({ length: rows }, (_, r) => r + 2),
      columns: {
        year: { type: 'number', values: Float64Array.from({ length: rows }, (_, r) => (r % 7 === 0 ? NaN : 2000 + (r % 20))) },
        sdg: { type: 'goals', masks: Uint32Array.from({ length: rows }, (_, r) => r % 5) },
        source: { type: 'code', codes: Int32Array.from({ length: rows }, (_, r) => (r % 3 === 0 ? -1 : r % distinct)), dictionary },
      },
    };
  };

  for (const distinct of [3, 300, 70_000]) {
    it(`gives back the rows it was given, merged and saved (${distinct} distinct values in a code column)`, async () => {
      const posted: WorkerResponse[] = [];
      const store = memoryStore();
      const held = createWorkerDatasets(store, (message) => posted.push(message));
      const original = upload(distinct);
      const expected = cells(original);
      const handle = held.hold(original);
      // The original is transferred to the UI after this: the held rows must not depend on it.
      for (const col of Object.values(original.columns)) (col.type === 'code' ? col.codes : col.type === 'number' ? col.values : col.masks).fill(0);
      const meta = { id: original.id, kind: original.kind, name: original.name, origin: original.origin, rowCount: original.rowCount };
      await held.merge(1, [{ kind: 'held', handle, meta }]);
      const merged = posted.find((m) => m.type === 'merged');
      expect(merged?.type === 'merged' && cells(merged.dataset!)).toEqual(expected);
      await held.save(2, { kind: 'held', handle, meta }, null);
      expect(cells(store.saved.get(original.id)!.dataset)).toEqual(expected);
      // Merged again after the save: what the merge and the save widened was theirs, not the held copy.
      await held.merge(3, [{ kind: 'held', handle, meta }]);
      const again = posted.findLast((m) => m.type === 'merged');
      expect(again?.type === 'merged' && cells(again.dataset!)).toEqual(expected);
    });
  }
});

describe('reading a file in pieces', () => {
  it('reads a Blob with Blob.stream() into its bytes, reporting progress by bytes as it goes', async () => {
    const bytes = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => i % 251);
    const seen: number[] = [];
    // A file streamed in pieces of 64 KB, as a browser streams one.
    const pieces = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, k) => bytes.slice(k * 65536, (k + 1) * 65536));
    const file = {
      size: bytes.length,
      stream: () => new ReadableStream<Uint8Array>({ pull(c) { const p = pieces.shift(); if (p) c.enqueue(p); else c.close(); } }),
    } as unknown as Blob;
    const read = await readBlob(file, (received, total) => {
      expect(total).toBe(bytes.length);
      seen.push(received);
    });
    expect(read.length).toBe(bytes.length);
    expect(Buffer.compare(Buffer.from(read), Buffer.from(bytes))).toBe(0); // toEqual on 3 MB is slow
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('maps reading and parsing onto one bar that only moves forward', () => {
    const steps = [overallFraction('reading', 0), overallFraction('reading', 1), overallFraction('decoding', 0),
      overallFraction('parsing', 0.5), overallFraction('parsing', 1), overallFraction('done', 1)];
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(1);
  });
});
