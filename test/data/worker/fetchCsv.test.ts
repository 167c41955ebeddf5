import { describe, expect, it } from 'vitest';
import { checkUrl, fetchCsv } from '../../../src/data/fetchCsv';

const URL_OK = 'https://example.org/data.csv';

function streamOf(chunks: number[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const size of chunks) controller.enqueue(new Uint8Array(size).fill(65));
      controller.close();
    },
  });
}

describe('checkUrl', () => {
  it.each(['http://example.org/a.csv', 'javascript:alert(1)', 'data:text/csv;base64,YQ==', 'file:///etc/passwd', 'ftp://x/y'])(
    'refuses %s', (url) => {
      expect(() => checkUrl(url)).toThrow(/Only https:\/\/ addresses can be loaded/);
    });
  it('accepts https, trimming spaces', () => {
    expect(checkUrl('  https://example.org/a.csv ').href).toBe(URL_OK.replace('data', 'a'));
  });
});

describe('fetchCsv', () => {
  it('returns every byte of a streamed body and reports progress against Content-Length', async () => {
    const seen: number[] = [];
    const bytes = await fetchCsv(URL_OK, {
      maxBytes: 1000,
      fetch: async () => new Response(streamOf([100, 200, 300]), { headers: { 'content-length': '600' } }),
      onBytes: (received, total) => seen.push(received / (total ?? 1)),
    });
    expect(bytes.byteLength).toBe(600);
    expect(seen).toEqual([100 / 600, 300 / 600, 1]);
  });

  it('refuses a file whose Content-Length is over the cap without reading it', async () => {
    let read = false;
    const response = {
      ok: true, status: 200, statusText: 'OK', url: '', headers: new Headers({ 'content-length': '5000' }),
      body: { getReader: () => { read = true; throw new Error('read'); } },
    } as unknown as Response;
    const error = fetchCsv(URL_OK, { maxBytes: 1000, fetch: async () => response });
    await expect(error).rejects.toMatchObject({ code: 'too_large', message: expect.stringMatching(/larger than/) });
    expect(read).toBe(false);
  });

  it('stops reading when the body outgrows the cap although no Content-Length was sent', async () => {
    const error = fetchCsv(URL_OK, { maxBytes: 250, fetch: async () => new Response(streamOf([100, 100, 100, 100])) });
    await expect(error).rejects.toMatchObject({ code: 'too_large' });
  });

  it('explains a fetch TypeError as unreachable or CORS', async () => {
    const error = fetchCsv(URL_OK, { maxBytes: 1000, fetch: async () => { throw new TypeError('Failed to fetch'); } });
    await expect(error).rejects.toMatchObject({ code: 'network', message: expect.stringMatching(/example\.org.*CORS/) });
  });

  it('names the HTTP status', async () => {
    const error = fetchCsv(URL_OK, { maxBytes: 1000, fetch: async () => new Response('no', { status: 403, statusText: 'Forbidden' }) });
    await expect(error).rejects.toMatchObject({ code: 'http_status', params: { host: 'example.org', status: '403 Forbidden' }, message: expect.stringMatching(/403 Forbidden/) });
  });

  it('sends no cookies or referrer', async () => {
    let init: RequestInit | undefined;
    await fetchCsv(URL_OK, { maxBytes: 1000, fetch: async (_u, i) => { init = i; return new Response('a'); } });
    expect(init).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });
});
