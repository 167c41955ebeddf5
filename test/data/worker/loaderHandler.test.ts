import { describe, expect, it } from 'vitest';
import { createMessageHandler, transferables, type HandlerDeps } from '../../../src/data/loaderHandler';
import type { WorkerRequest, WorkerResponse } from '../../../src/data/loaderProtocol';
import { decodeSnapshot, encodeSnapshot } from '../../../src/data/bundledSnapshot';
import { loadCsv } from '../../../src/data/loadCsv';
import { takeSnapshot } from '../../../src/data/takeSnapshot';
import { diskFetch, stubLoadCsv, URLS } from './fakes';

function harness(deps: Partial<HandlerDeps> = {}) {
  const sent: Array<{ message: WorkerResponse; transfer: Transferable[] }> = [];
  const handle = createMessageHandler(
    { fetch: diskFetch(), urls: URLS, loadCsv: stubLoadCsv, ...deps },
    (message, transfer) => sent.push({ message, transfer }),
  );
  const ask = async (request: WorkerRequest) => {
    await handle(request);
    const last = sent.at(-1);
    if (!last) throw new Error('no answer');
    return last;
  };
  return { sent, ask };
}

describe('loader worker message handler', () => {
  it('init answers with the 17 goals and the country table read from the bundled CSVs', async () => {
    const { ask } = harness();
    const { message } = await ask({ type: 'init', id: 1 });
    if (message.type !== 'reference') throw new Error(message.type);
    expect(message.id).toBe(1);
    expect(message.reference.goals).toHaveLength(17);
    expect(message.reference.countries.find((c) => c.iso3 === 'KAZ')?.names.kk).toBe('Қазақстан');
  });

  it('loadBundled loads the five fact files in order, as bundled datasets, transferring their buffers', async () => {
    const { ask } = harness();
    const { message, transfer } = await ask({ type: 'loadBundled', id: 2 });
    if (message.type !== 'results') throw new Error(message.type);
    expect(message.results.map((r) => r.report.kind)).toEqual(['events', 'delegates', 'placements', 'organizations', 'indicators']);
    expect(message.results.map((r) => r.dataset?.origin)).toEqual(['bundled', 'bundled', 'bundled', 'bundled', 'bundled']);
    expect(transfer).toHaveLength(5 * 3);
  });

  it('load resolves country cells through the reference tables and reports progress on the way', async () => {
    const { ask, sent } = harness();
    const csv = 'country,count\nКазахстан,1\nTürkiye,2\nAtlantis,3\n';
    const bytes = new TextEncoder().encode(csv).buffer as ArrayBuffer;
    const { message } = await ask({ type: 'load', id: 3, source: { kind: 'bytes', bytes }, options: { fileName: 'mine.csv' } });
    if (message.type !== 'result') throw new Error(message.type);
    const country = message.result.dataset?.columns.country;
    expect(country?.type === 'code' && [...country.codes].map((c) => country.dictionary[c] ?? null)).toEqual(['KAZ', 'TUR', null]);
    expect(message.result.dataset?.origin).toBe('upload');
    expect(sent.filter((s) => s.message.type === 'progress').map((s) => s.message.id)).toEqual([3, 3]);
  });

  it('load reads a Blob (a dropped file) inside the worker', async () => {
    const { ask } = harness();
    const blob = new Blob(['country,count\nKZ,1\n']);
    const { message } = await ask({ type: 'load', id: 4, source: { kind: 'blob', blob }, options: { fileName: 'drop.csv' } });
    expect(message.type === 'result' && message.result.dataset?.rowCount).toBe(1);
  });

  it('load from an https URL marks the dataset as coming from a URL and sends no cookies', async () => {
    const fetch = diskFetch({ 'https://example.org/a.csv': new Response('country,count\nKAZ,5\n') });
    const { ask } = harness({ fetch });
    const { message } = await ask({ type: 'load', id: 5, source: { kind: 'url', url: 'https://example.org/a.csv' }, options: { fileName: 'a.csv' } });
    expect(message.type === 'result' && message.result.dataset?.origin).toBe('url');
    expect(fetch.calls.find((c) => c.url.startsWith('https:'))?.init?.credentials).toBe('omit');
  });

  it.each([
    { description: 'http URL', url: 'http://example.org/a.csv', code: 'url_scheme', text: /Only https:\/\/ addresses/ },
    { description: 'javascript URL', url: 'javascript:alert(1)', code: 'url_scheme', text: /"javascript:"/ },
    { description: 'data URL', url: 'data:text/csv,a,b', code: 'url_scheme', text: /"data:"/ },
    { description: 'not a URL', url: 'example.org/a.csv', code: 'url_invalid', text: /not a web address/ },
    { description: 'HTTP 404', url: 'https://example.org/missing.csv', code: 'http_status', text: /answered 404 Not Found/ },
  ])('load rejects a $description with a clear message', async ({ url, code, text }) => {
    const { ask } = harness();
    const { message } = await ask({ type: 'load', id: 6, source: { kind: 'url', url }, options: { fileName: 'x.csv' } });
    if (message.type !== 'error') throw new Error(message.type);
    expect(message.error.code).toBe(code);
    expect(message.error.message).toMatch(text);
  });

  it('load refuses bytes over maxBytes before parsing them', async () => {
    let parsed = false;
    const { ask } = harness({ loadCsv: (...args) => { parsed = true; return stubLoadCsv(...args); } });
    const bytes = new ArrayBuffer(2 * 1024 * 1024);
    const { message } = await ask({ type: 'load', id: 7, source: { kind: 'bytes', bytes }, options: { fileName: 'big.csv', maxBytes: 1024 * 1024 } });
    expect(message.type === 'error' && message.error.code).toBe('too_large');
    expect(parsed).toBe(false);
  });

  it('a broken bundled file is an error answer, and a later request retries', async () => {
    let fail = true;
    const disk = diskFetch();
    const { ask } = harness({ fetch: (url, init) => (fail ? Promise.resolve(new Response('', { status: 500 })) : disk(url, init)) });
    const first = await ask({ type: 'init', id: 8 });
    expect(first.message.type === 'error' && first.message.error.message).toMatch(/bundled file countries\.csv could not be read \(HTTP 500\)/);
    fail = false;
    expect((await ask({ type: 'init', id: 9 })).message.type).toBe('reference');
  });

  it('an unexpected exception in the loader becomes an error answer for that request', async () => {
    const { ask } = harness({ loadCsv: () => { throw new Error('boom'); } });
    const { message } = await ask({ type: 'load', id: 10, source: { kind: 'bytes', bytes: new ArrayBuffer(4) }, options: { fileName: 'x.csv' } });
    expect(message).toMatchObject({ type: 'error', id: 10, error: { code: 'internal', message: expect.stringMatching(/boom/) } });
  });
});

describe('transferables', () => {
  it('lists each column buffer once, even when columns share one', () => {
    const shared = new ArrayBuffer(64);
    const buffers = transferables({
      dataset: {
        id: 'x', kind: 'placements', name: 'x', origin: 'upload', rowCount: 2, lines: new Int32Array(2),
        columns: {
          a: { type: 'number', values: new Float64Array(shared, 0, 4) },
          b: { type: 'number', values: new Float64Array(shared, 32, 4) },
          sdg: { type: 'goals', masks: new Uint32Array(2) },
        },
      },
      report: {} as never,
    });
    expect(buffers).toHaveLength(3);
    expect(new Set(buffers).size).toBe(3);
  });
});

describe('loader worker started on the build\'s snapshot of the bundled data', () => {
  const fromCsv = () => takeSnapshot(diskFetch(), URLS, loadCsv);

  it('answers init and loadBundled exactly as reading the CSVs would, without fetching a CSV', async () => {
    const expected = await fromCsv();
    const text = encodeSnapshot(expected);
    const fetch = diskFetch();
    let decoded = 0;
    const { ask } = harness({ fetch, loadCsv, snapshot: async () => { decoded++; return decodeSnapshot(text); } });
    const init = (await ask({ type: 'init', id: 1 })).message;
    const bundled = await ask({ type: 'loadBundled', id: 2 });
    if (init.type !== 'reference' || bundled.message.type !== 'results') throw new Error(`${init.type} ${bundled.message.type}`);
    expect(init.reference).toEqual(expected.reference);
    expect(bundled.message.results).toEqual(expected.results);
    expect(bundled.transfer).toHaveLength(new Set(expected.results.flatMap(transferables)).size);
    expect(fetch.calls).toEqual([]);
    expect(decoded).toBe(1); // start-up decodes the snapshot once
    // A later loadBundled (a retry) answers the whole data again, decoded afresh.
    const again = (await ask({ type: 'loadBundled', id: 3 })).message;
    expect(again.type === 'results' && again.results).toEqual(expected.results);
    expect(decoded).toBe(2);
  });

  it('reads an upload\'s countries through the snapshot\'s country table', async () => {
    const text = encodeSnapshot(await fromCsv());
    const { ask } = harness({ snapshot: async () => decodeSnapshot(text) });
    const bytes = new TextEncoder().encode('country,count\nКазахстан,1\nAtlantis,3\n').buffer as ArrayBuffer;
    const { message } = await ask({ type: 'load', id: 3, source: { kind: 'bytes', bytes }, options: { fileName: 'mine.csv' } });
    const country = message.type === 'result' ? message.result.dataset?.columns.country : undefined;
    expect(country?.type === 'code' && [...country.codes].map((c) => country.dictionary[c] ?? null)).toEqual(['KAZ', null]);
  });

  it('a snapshot that cannot be read is a bundled-data error, and the next request tries again', async () => {
    let fail = true;
    const text = encodeSnapshot(await fromCsv());
    const { ask } = harness({ snapshot: async () => { if (fail) throw new Error('HTTP 404'); return decodeSnapshot(text); } });
    const first = (await ask({ type: 'init', id: 1 })).message;
    expect(first.type === 'error' && first.error.code).toBe('bundled');
    expect(first.type === 'error' && first.error.message).toMatch(/bundled-data\.json/);
    fail = false;
    expect((await ask({ type: 'init', id: 2 })).message.type).toBe('reference');
  });
});
