// The upload queue as a pure reducer: files and links wait in line, the first one loads,
// then waits for the person to confirm, retry with other options, or cancel it.
import type { LoaderErrorCode, LoaderErrorParams } from '../../data/loaderProtocol';
import type { Dataset, DatasetKind, LoadOptions, LoadProgress, LoadResult } from '../../data/types';

export type UploadSource =
  | { readonly type: 'file'; readonly file: Blob; readonly name: string }
  | { readonly type: 'url'; readonly url: string };

/** What the person may force when detection fails, and the sheet of a workbook to read. */
export type ReadChoices = Pick<LoadOptions, 'kind' | 'delimiter' | 'encoding' | 'reading' | 'sheet'>;

/** A whole request failed (network, CORS, size, a crashed worker); no report exists. */
export interface UploadFailure {
  readonly code: LoaderErrorCode;
  readonly params: LoaderErrorParams;
  readonly message: string;
}

interface Base {
  readonly id: number;
  readonly source: UploadSource;
  readonly name: string;
  readonly choices: ReadChoices;
  /** Bumped on each retry so the runner starts a fresh load. */
  readonly attempt: number;
}

export type UploadItem =
  | (Base & { readonly phase: 'loading'; readonly progress: LoadProgress | null })
  | (Base & { readonly phase: 'review'; readonly result: LoadResult })
  | (Base & { readonly phase: 'error'; readonly failure: UploadFailure });

export interface UploadQueue {
  readonly items: readonly UploadItem[];
  readonly nextId: number;
}

export type UploadAction =
  | { readonly type: 'enqueue'; readonly sources: readonly UploadSource[]; readonly choices?: ReadChoices }
  | { readonly type: 'progress'; readonly id: number; readonly attempt: number; readonly progress: LoadProgress }
  | { readonly type: 'loaded'; readonly id: number; readonly attempt: number; readonly result: LoadResult }
  | { readonly type: 'failed'; readonly id: number; readonly attempt: number; readonly failure: UploadFailure }
  | { readonly type: 'retry'; readonly id: number; readonly choices: ReadChoices }
  | { readonly type: 'remove'; readonly id: number };

export const EMPTY_QUEUE: UploadQueue = { items: [], nextId: 1 };

export function sourceName(source: UploadSource): string {
  return source.type === 'file' ? source.name : source.url;
}

function update(queue: UploadQueue, id: number, attempt: number | null, change: (item: UploadItem) => UploadItem): UploadQueue {
  let changed = false;
  const items = queue.items.map((item) => {
    // An answer to an earlier attempt (or a removed item) is stale and dropped.
    if (item.id !== id || (attempt !== null && item.attempt !== attempt)) return item;
    changed = true;
    return change(item);
  });
  return changed ? { ...queue, items } : queue;
}

export function uploadReducer(queue: UploadQueue, action: UploadAction): UploadQueue {
  switch (action.type) {
    case 'enqueue': {
      const added = action.sources.map((source, i): UploadItem => ({
        id: queue.nextId + i, source, name: sourceName(source), choices: action.choices ?? {}, attempt: 0, phase: 'loading', progress: null,
      }));
      return { items: [...queue.items, ...added], nextId: queue.nextId + added.length };
    }
    case 'progress':
      return update(queue, action.id, action.attempt, (item) => (item.phase === 'loading' ? { ...item, progress: action.progress } : item));
    case 'loaded':
      return update(queue, action.id, action.attempt, (item) => ({ ...strip(item), phase: 'review', result: action.result }));
    case 'failed':
      return update(queue, action.id, action.attempt, (item) => ({ ...strip(item), phase: 'error', failure: action.failure }));
    case 'retry':
      return update(queue, action.id, null, (item) => ({
        ...strip(item), choices: action.choices, attempt: item.attempt + 1, phase: 'loading', progress: null,
      }));
    case 'remove':
      return { ...queue, items: queue.items.filter((item) => item.id !== action.id) };
    default:
      return queue;
  }
}

function strip(item: UploadItem): Base {
  const { id, source, name, choices, attempt } = item;
  return { id, source, name, choices, attempt };
}

/** Options for the loader call of an item. */
export function loadOptionsOf(item: UploadItem): LoadOptions {
  const { kind, delimiter, encoding, reading, sheet } = item.choices;
  return {
    fileName: item.name,
    origin: item.source.type === 'url' ? 'url' : 'upload',
    ...(kind ? { kind } : {}),
    ...(delimiter ? { delimiter } : {}),
    ...(encoding ? { encoding } : {}),
    ...(reading ? { reading } : {}),
    ...(sheet ? { sheet } : {}),
  };
}

// Failures that no other kind, separator or encoding can fix.
const FINAL_CODES: ReadonlySet<string> = new Set(['file_too_large', 'empty_file', 'unknown_sheet', 'unreadable_workbook', 'encrypted_workbook']);

/** A failed file (unknown_kind, invalid_encoding, missing_column, no_rows ...) may read with forced options. */
export function canRetry(result: LoadResult): boolean {
  return result.report.failed && !result.report.issues.some((issue) => FINAL_CODES.has(issue.code));
}

/** Datasets of a kind the person uploaded (not the bundled ones). */
export function isUploadedKind(kind: DatasetKind) {
  return (dataset: { kind: DatasetKind; origin: string }): boolean => dataset.kind === kind && dataset.origin !== 'bundled';
}

/** Same file loaded twice keeps two ids, so removing one never removes the other. */
export function uniqueDataset(dataset: Dataset, existing: readonly Dataset[]): Dataset {
  const ids = new Set(existing.map((d) => d.id));
  if (!ids.has(dataset.id)) return dataset;
  let n = 2;
  while (ids.has(`${dataset.id}#${n}`)) n++;
  return { ...dataset, id: `${dataset.id}#${n}` };
}
