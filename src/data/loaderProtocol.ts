// Messages between the UI thread (loaderClient.ts) and the loader worker (loader.worker.ts).
// Every message carries the id of the request it belongs to.
import { loaderErrors } from '../i18n/en/loaderErrors';
import type { TableDigest } from '../table/digestRegistry';
import type { BundledKind, Country, Dataset, Goal, LoadOptions, LoadProgress, LoadReport, LoadResult } from './types';

/** Reference tables the UI needs to label countries and goals. */
export interface Reference {
  readonly countries: readonly Country[];
  readonly goals: readonly Goal[];
}

/** What to load. Blobs and URLs are read inside the worker; bytes are copied, not transferred, so a request can be replayed. */
export type LoadSource =
  | { readonly kind: 'blob'; readonly blob: Blob }
  | { readonly kind: 'bytes'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'url'; readonly url: string };

/** What a dataset is, without its columns (the worker holds those under a handle). */
export type DatasetMeta = Pick<Dataset, 'id' | 'kind' | 'name' | 'origin' | 'rowCount'>;

/**
 * A dataset the worker is asked to use: one it holds (an upload it parsed or restored; nothing is copied),
 * or the dataset itself (copied by postMessage: small bundled ones, or when the worker no longer holds it).
 */
export type DatasetPart =
  | { readonly kind: 'held'; readonly handle: number; readonly meta: DatasetMeta }
  | { readonly kind: 'data'; readonly dataset: Dataset };

/** A dataset sent to the UI that the worker keeps a copy of, under `handle`. */
export interface HeldDataset {
  readonly dataset: Dataset;
  readonly report: LoadReport | null;
  readonly handle: number;
}

export type WorkerRequest =
  | { readonly type: 'init'; readonly id: number }
  | { readonly type: 'loadBundled'; readonly id: number }
  | { readonly type: 'load'; readonly id: number; readonly source: LoadSource; readonly options: LoadOptions }
  /** Every dataset of one kind as one (mergeDatasets with supersede), built in the worker. */
  | { readonly type: 'merge'; readonly id: number; readonly parts: readonly DatasetPart[] }
  /** Keeps an upload in IndexedDB, written by the worker. */
  | { readonly type: 'save'; readonly id: number; readonly part: DatasetPart; readonly report: LoadReport | null }
  | { readonly type: 'restore'; readonly id: number }
  | { readonly type: 'forget'; readonly id: number; readonly datasetId: string };

export type WorkerResponse =
  | { readonly type: 'progress'; readonly id: number; readonly progress: LoadProgress }
  | { readonly type: 'reference'; readonly id: number; readonly reference: Reference }
  | { readonly type: 'results'; readonly id: number; readonly results: readonly LoadResult[] }
  | { readonly type: 'result'; readonly id: number; readonly result: LoadResult; readonly handle?: number }
  /** `digest`: the table's totals and key codes of the merged dataset, computed here (table/tableDigest.ts). */
  | { readonly type: 'merged'; readonly id: number; readonly dataset: Dataset | null; readonly superseded: readonly number[]; readonly digest?: TableDigest }
  /** The worker no longer holds these handles (it was restarted): send the datasets themselves. */
  | { readonly type: 'missing'; readonly id: number; readonly handles: readonly number[] }
  | { readonly type: 'restored'; readonly id: number; readonly saved: readonly HeldDataset[]; readonly discarded: number }
  | { readonly type: 'done'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly error: LoaderErrorData };

/** Why a request failed as a whole (problems inside a file are LoadIssues in the report instead). */
export type LoaderErrorCode =
  | 'url_invalid' // not a URL at all
  | 'url_scheme' // http:, data:, javascript: ...
  | 'url_redirect' // an https URL redirected to a non-https one
  | 'network' // fetch failed: offline, DNS, refused, or CORS
  | 'http_status' // the server answered 4xx/5xx
  | 'too_large' // over maxBytes
  | 'bundled' // a file shipped with the app could not be read (a broken deploy, or our bug)
  | 'worker' // the worker crashed or could not start
  | 'internal';

export type LoaderErrorParams = Readonly<Record<string, string | number>>;

export interface LoaderErrorData {
  readonly code: LoaderErrorCode;
  /** Plain English: what went wrong and what to do. */
  readonly message: string;
  /** Values in the message; the UI translates with t(`loaderError.${code}`, params). */
  readonly params: LoaderErrorParams;
}

function englishMessage(code: LoaderErrorCode, params: LoaderErrorParams): string {
  return loaderErrors[`loaderError.${code}`].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

/** A failed request. `code` and `params` let the UI translate the message. */
export class LoaderError extends Error {
  readonly code: LoaderErrorCode;
  readonly params: LoaderErrorParams;
  constructor(code: LoaderErrorCode, params: LoaderErrorParams = {}, message = englishMessage(code, params)) {
    super(message);
    this.name = 'LoaderError';
    this.code = code;
    this.params = params;
  }

  toData(): LoaderErrorData {
    return { code: this.code, message: this.message, params: this.params };
  }

  static fromData(data: LoaderErrorData): LoaderError {
    return new LoaderError(data.code, data.params, data.message);
  }
}

/** The bundled fact files, in the order loadBundled returns them. */
export const BUNDLED_KINDS: readonly BundledKind[] = ['events', 'delegates', 'placements', 'organizations', 'indicators'];

/** Where the worker finds the reference tables and bundled facts (URLs from Vite `?url` imports). */
export interface BundledUrls {
  readonly countries: string;
  readonly sdgs: string;
  readonly facts: Readonly<Record<BundledKind, string>>;
}

/** Default size cap, as documented on LoadOptions.maxBytes. */
export { DEFAULT_MAX_BYTES } from './types';
