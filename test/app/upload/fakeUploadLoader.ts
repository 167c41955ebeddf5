// A Loader whose load() answers when the test says so, recording every call (source, options, signal).
import { abortError, type Loader, type LoadCallOptions } from '../../../src/data/loaderClient';
import type { Dataset, LoadIssue, LoadOptions, LoadReport, LoadResult } from '../../../src/data/types';
import { reference } from '../fakeLoader';

export interface LoadCall {
  readonly source: File | Blob | ArrayBuffer | string;
  readonly options: LoadOptions;
  readonly call: LoadCallOptions;
  resolve(result: LoadResult): void;
  reject(error: unknown): void;
}

export interface FakeUploadLoader extends Loader {
  readonly calls: LoadCall[];
}

export function fakeUploadLoader(): FakeUploadLoader {
  const calls: LoadCall[] = [];
  return {
    calls,
    init: async () => reference,
    loadBundled: async () => [],
    load: (source, options, call = {}) => new Promise<LoadResult>((resolve, reject) => {
      call.signal?.addEventListener('abort', () => reject(abortError()), { once: true });
      calls.push({ source, options, call, resolve, reject });
    }),
    dispose: () => {},
  };
}

export function report(overrides: Partial<LoadReport> = {}): LoadReport {
  return {
    fileName: 'upload.csv', kind: 'placements', encoding: 'utf-8', delimiter: ',', bytes: 100,
    recordsRead: 0, loaded: 0, rejected: 0, blank: 0, merged: 0, missingCells: {}, issues: [], failed: false,
    ...overrides,
  };
}

/** A successful result for a dataset; the report's counts follow its rows unless overridden. */
export function loaded(dataset: Dataset, overrides: Partial<LoadReport> = {}): LoadResult {
  return {
    dataset,
    report: report({ fileName: dataset.name, kind: dataset.kind, recordsRead: dataset.rowCount, loaded: dataset.rowCount, ...overrides }),
  };
}

export function failed(issues: readonly LoadIssue[], overrides: Partial<LoadReport> = {}): LoadResult {
  return { dataset: null, report: report({ kind: null, failed: true, issues, ...overrides }) };
}

export function issue(code: string, line: number | null, column: string | null, value: string | null, message: string): LoadIssue {
  return { severity: 'error', code, line, column, value, message };
}
