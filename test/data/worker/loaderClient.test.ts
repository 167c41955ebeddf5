import { describe, expect, it } from 'vitest';
import { createLoader, type WorkerLike } from '../../../src/data/loaderClient';
import { createMessageHandler, type LoadCsvFn } from '../../../src/data/loaderHandler';
import type { WorkerRequest, WorkerResponse } from '../../../src/data/loaderProtocol';
import { diskFetch, stubLoadCsv, URLS } from './fakes';

/** A worker that runs the real handler in-process; `hold` keeps requests for a file name waiting, as a long parse would. */
function fakeWorkers(loadCsv: LoadCsvFn = stubLoadCsv) {
  const created: Array<{ terminated: boolean; received: WorkerRequest[]; worker: WorkerLike }> = [];
  const gates: Array<() => void> = [];
  const make = (): WorkerLike => {
    const state = { terminated: false, received: [] as WorkerRequest[] };
    const worker: WorkerLike = {
      onmessage: null,
      onerror: null,
      terminate: () => { state.terminated = true; },
      postMessage: (request) => {
        state.received.push(request);
        const handle = createMessageHandler({ fetch: diskFetch(), urls: URLS, loadCsv }, (message: WorkerResponse) => {
          if (!state.terminated) worker.onmessage?.({ data: message } as MessageEvent<WorkerResponse>);
        });
        const slow = request.type === 'load' && request.options.fileName === 'slow.csv';
        const go = (): void => void handle(request);
        if (slow) gates.push(go);
        else queueMicrotask(go);
      },
    };
    created.push({ ...state, get terminated() { return state.terminated; }, worker });
    return worker;
  };
  return { make, created, release: () => gates.splice(0).forEach((go) => go()) };
}

const csv = (text: string): ArrayBuffer => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('createLoader', () => {
  it('init returns the reference tables; loadBundled the five bundled datasets', async () => {
    const loader = createLoader(fakeWorkers().make);
    const reference = await loader.init();
    expect(reference.goals).toHaveLength(17);
    expect((await loader.loadBundled()).map((r) => r.dataset?.kind)).toEqual(['events', 'delegates', 'placements', 'organizations', 'indicators']);
  });

  it('load passes progress to the caller and resolves with the result', async () => {
    const loader = createLoader(fakeWorkers().make);
    const phases: string[] = [];
    const result = await loader.load(csv('country,count\nKAZ,1\n'), { fileName: 'a.csv' }, { onProgress: (p) => phases.push(p.phase) });
    expect(result.dataset?.rowCount).toBe(1);
    expect(phases).toEqual(['reading', 'parsing']);
  });

  it('rejects with a LoaderError carrying code and message', async () => {
    const loader = createLoader(fakeWorkers().make);
    await expect(loader.load('http://example.org/a.csv', { fileName: 'a.csv' })).rejects.toMatchObject({
      name: 'LoaderError', code: 'url_scheme', message: expect.stringMatching(/https/),
    });
  });

  it('abort stops the worker, rejects with AbortError and replays the other requests on a new worker', async () => {
    const workers = fakeWorkers();
    const loader = createLoader(workers.make);
    const controller = new AbortController();
    const slow = loader.load(csv('country,count\nKAZ,1\n'), { fileName: 'slow.csv' }, { signal: controller.signal });
    const other = loader.load(csv('country,count\nRUS,1\nTUR,2\n'), { fileName: 'other.csv' });
    controller.abort();
    await expect(slow).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.created[0]?.terminated).toBe(true);
    expect((await other).dataset?.rowCount).toBe(2);
    expect(workers.created[1]?.received.map((r) => r.type === 'load' && r.options.fileName)).toEqual(['other.csv']);
    workers.release(); // the stopped worker finishing late must not resolve anything
  });

  it('an already aborted signal rejects at once without starting work', async () => {
    const workers = fakeWorkers();
    const loader = createLoader(workers.make);
    await expect(loader.load('https://example.org/a.csv', { fileName: 'a' }, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(workers.created).toHaveLength(0);
  });

  it('a crashed worker rejects everything in flight and the next request starts a fresh one', async () => {
    const workers = fakeWorkers();
    const loader = createLoader(workers.make);
    const pending = loader.load(csv('x'), { fileName: 'slow.csv' });
    workers.created[0]?.worker.onerror?.({ message: 'SyntaxError: bad chunk' } as ErrorEvent);
    await expect(pending).rejects.toMatchObject({ code: 'worker', message: expect.stringMatching(/SyntaxError: bad chunk/) });
    expect(workers.created[0]?.terminated).toBe(true);
    expect((await loader.init()).goals).toHaveLength(17);
    expect(workers.created).toHaveLength(2);
  });
});
