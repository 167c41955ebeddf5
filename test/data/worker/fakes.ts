// Test doubles for the loader worker: a fetch over files on disk and a stub loadCsv.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoadCsvFn } from '../../../src/data/loaderHandler';
import type { BundledUrls } from '../../../src/data/loaderProtocol';
import type { FetchLike } from '../../../src/data/fetchCsv';
import type { LoadResult } from '../../../src/data/types';

const dataFile = (name: string): string => fileURLToPath(new URL(`../../../data/${name}`, import.meta.url));

export const URLS: BundledUrls = {
  countries: '/data/countries.csv',
  sdgs: '/data/sdgs.csv',
  facts: {
    events: '/data/events.csv',
    delegates: '/data/delegates.csv',
    placements: '/data/placements.csv',
    organizations: '/data/organizations.csv',
    indicators: '/data/indicators.csv',
  },
};

/** Serves /data/* from the repository and https://example.org/* from `remote`. */
export function diskFetch(remote: Record<string, Response | Error> = {}): FetchLike & { calls: Array<{ url: string; init?: RequestInit }> } {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fn = async (url: string, init?: RequestInit): Promise<Response> => {
    calls.push({ url, init });
    if (url.startsWith('/data/')) return new Response(readFileSync(dataFile(url.slice(6))));
    const answer = remote[url];
    if (answer instanceof Error) throw answer;
    return answer ?? new Response('not found', { status: 404, statusText: 'Not Found' });
  };
  return Object.assign(fn, { calls });
}

/** A loadCsv stand-in: one row per line after the header, resolving the first cell as a country. */
export const stubLoadCsv: LoadCsvFn = (bytes, options, context, hooks) => {
  const lines = new TextDecoder().decode(bytes).trim().split('\n').slice(1);
  hooks?.onProgress?.({ phase: 'parsing', fraction: 0.5, rows: lines.length });
  const codes = lines.map((l) => context.resolveCountry(l.split(',')[0] ?? ''));
  const dictionary = [...new Set(codes.filter((c) => c.ok).map((c) => c.code))];
  const result: LoadResult = {
    dataset: {
      id: `${options.origin}:${options.fileName}`, kind: options.kind ?? 'placements', name: options.fileName,
      origin: options.origin ?? 'upload', rowCount: lines.length,
      columns: {
        country: { type: 'code', codes: Int32Array.from(codes, (c) => (c.ok ? dictionary.indexOf(c.code) : -1)), dictionary },
        count: { type: 'number', values: new Float64Array(lines.length) },
      },
      lines: Int32Array.from(lines, (_, i) => i + 2),
    },
    report: {
      fileName: options.fileName, kind: options.kind ?? 'placements', encoding: 'utf-8', delimiter: ',', bytes: bytes.byteLength,
      recordsRead: lines.length, loaded: lines.length, rejected: 0, blank: 0, merged: 0, missingCells: {}, issues: [], failed: false,
    },
  };
  return result;
};
