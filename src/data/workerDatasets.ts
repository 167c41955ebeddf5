// The loader worker's side of issue 13: it keeps a copy of each upload it parsed or restored (under a handle), so
// merging every dataset of a kind, superseding repeated keys and saving to IndexedDB run here, not on the UI thread.
// The UI receives finished column buffers by transfer and sends back only handles.
import { freeBytes } from './freeBytes';
import { mergeDatasets } from './mergeDatasets';
import { digestBuffers } from '../table/digestRegistry';
import type { DatasetPart, HeldDataset, WorkerResponse } from './loaderProtocol';
import type { Restored } from './persist';
import type { Column, Dataset, LoadReport } from './types';

/** Uploads held at once; an older one is dropped (the UI then sends its columns again, copied). */
export const HELD_LIMIT = 3;

/** Where the worker keeps uploads between visits (persist.ts; tests pass a fake). */
export interface WorkerStore {
  /** `written` after each column's record is written (persist.ts writes one at a time). */
  save(dataset: Dataset, report: LoadReport | null, written?: () => void): Promise<void>;
  loadAll(): Promise<Restored>;
  remove(id: string): Promise<void>;
}

type Post = (message: WorkerResponse, transfer: Transferable[]) => void;

function copyColumn(col: Column): Column {
  if (col.type === 'number') return { type: 'number', values: col.values.slice() };
  if (col.type === 'goals') return { type: 'goals', masks: col.masks.slice() };
  return { type: 'code', codes: col.codes.slice(), dictionary: col.dictionary };
}

export function copyDataset(ds: Dataset): Dataset {
  const columns: Record<string, Column> = {};
  for (const [name, col] of Object.entries(ds.columns)) columns[name] = copyColumn(col);
  return { ...ds, columns, lines: ds.lines.slice() };
}

/**
 * A code column as the worker keeps it once merged: code + 1 (0 = missing) in the narrowest unsigned array its
 * dictionary fits. A million-row upload's nine code columns take 9 MB so instead of 36 MB, for as long as the upload
 * is shown: the held copy was a third of the renderer's memory at its peak (after the table first shows). Narrowed
 * after the first merge, not when held: that merge, which Add waits for, then reads the columns as they are (widening
 * them took it 100 ms).
 */
interface NarrowCodes {
  readonly type: 'narrow';
  readonly codes: Uint8Array | Uint16Array;
  readonly dictionary: readonly string[];
}
type HeldColumn = Column | NarrowCodes;
/** A dataset as held: its columns copied (code columns narrowed), so the one sent to the UI can be transferred. */
interface Held extends Omit<Dataset, 'columns'> {
  readonly columns: Readonly<Record<string, HeldColumn>>;
}

/** A code column narrowed (a new array), or the column itself when its dictionary does not fit 16 bits. */
function holdColumn(col: Column): HeldColumn {
  if (col.type !== 'code' || col.dictionary.length >= 0xffff) return col;
  const { codes } = col;
  const narrow = col.dictionary.length < 0xff ? new Uint8Array(codes.length) : new Uint16Array(codes.length);
  for (let i = 0; i < codes.length; i++) narrow[i] = codes[i]! + 1;
  return { type: 'narrow', codes: narrow, dictionary: col.dictionary };
}

/** The column as datasets have it: held arrays themselves, narrowed codes widened into a new array (put in `fresh`). */
function openColumn(col: HeldColumn, fresh: Int32Array[]): Column {
  if (col.type !== 'narrow') return col;
  const codes = new Int32Array(col.codes.length);
  for (let i = 0; i < codes.length; i++) codes[i] = col.codes[i]! - 1;
  fresh.push(codes);
  return { type: 'code', codes, dictionary: col.dictionary as string[] };
}

/** `held` with its code columns narrowed; the wide codes it had are freed (see release). */
function narrowed(held: Held): Held {
  if (!Object.values(held.columns).some((col) => col.type === 'code')) return held;
  const columns: Record<string, HeldColumn> = {};
  const wide: Int32Array[] = [];
  for (const [name, col] of Object.entries(held.columns)) {
    columns[name] = col.type === 'code' ? holdColumn(col) : col;
    if (col.type === 'code' && columns[name] !== col) wide.push(col.codes);
  }
  release(wide);
  return { ...held, columns };
}

/** Frees codes nothing reads now: a collection in this worker did not come for seconds (the peak rose by 90 MB). */
function release(fresh: Int32Array[]): void {
  for (const codes of fresh.splice(0)) freeBytes(codes);
}

/** The buffers behind a dataset's columns, each once, so postMessage moves instead of copying them. */
export function datasetBuffers(dataset: Dataset | null): ArrayBuffer[] {
  if (!dataset) return [];
  const buffers = new Set<ArrayBufferLike>([dataset.lines.buffer]);
  for (const column of Object.values(dataset.columns)) {
    buffers.add(column.type === 'number' ? column.values.buffer : column.type === 'code' ? column.codes.buffer : column.masks.buffer);
  }
  return [...buffers].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer && b.byteLength > 0);
}

export function createWorkerDatasets(store: WorkerStore | null, post: Post) {
  const held = new Map<number, Held>();
  let lastHandle = 0;
  // The table digest's code, imported once an upload is held (a merge may follow), not by a first view's worker.
  // Ready before the merge, its await takes no turn of the event loop, so no other request runs in between.
  let digestCode: Promise<typeof import('../table/tableDigest')> | null = null;
  const digester = () => (digestCode ??= import('../table/tableDigest'));

  /** Keeps a copy of `dataset` (the original is about to be transferred away; see Held) and returns its handle. */
  const hold = (dataset: Dataset): number => {
    const handle = ++lastHandle;
    held.set(handle, copyDataset(dataset));
    void digester();
    for (const old of held.keys()) {
      if (held.size <= HELD_LIMIT) break;
      held.delete(old);
    }
    return handle;
  };

  /**
   * The datasets of `parts`, or the handles this worker no longer holds. Held datasets get their columns: all at
   * once (`lazily` false, put in `fresh`), or each when read (for the save, which reads one column at a time).
   */
  const resolve = (parts: readonly DatasetPart[], fresh: Int32Array[], lazily = false): { datasets: Dataset[]; missing: number[] } => {
    const missing: number[] = [];
    const datasets = parts.map((part): Dataset => {
      if (part.kind === 'data') return part.dataset;
      const ds = held.get(part.handle);
      if (!ds) {
        missing.push(part.handle);
        return part.meta as Dataset;
      }
      held.delete(part.handle); // most recently used last
      held.set(part.handle, ds);
      const columns: Record<string, Column> = {};
      for (const [name, col] of Object.entries(ds.columns)) {
        if (lazily) Object.defineProperty(columns, name, { enumerable: true, get: () => openColumn(col, fresh) });
        else columns[name] = openColumn(col, fresh);
      }
      return { ...ds, ...part.meta, columns };
    });
    return { datasets, missing };
  };

  const merge = async (id: number, parts: readonly DatasetPart[]): Promise<void> => {
    const fresh: Int32Array[] = [];
    try {
      const { datasets, missing } = resolve(parts, fresh);
      if (missing.length > 0) return post({ type: 'missing', id, handles: missing }, []);
      const { dataset, superseded } = mergeDatasets(datasets, { supersede: true });
      // One dataset comes back as itself: send a copy, the held one stays here (its number columns are the held arrays).
      const sent = dataset && parts.length === 1 ? copyDataset(dataset) : dataset;
      // The table's totals and key codes of the whole dataset, so the UI thread does not pass over its rows for them.
      const digest = sent ? (await digester()).tableDigest(sent) : undefined;
      post({ type: 'merged', id, dataset: sent, superseded, ...(digest ? { digest } : {}) }, [...new Set([...datasetBuffers(sent), ...digestBuffers(digest)])]);
      // The merge is sent (and, of one dataset, a copy): the held uploads it read are narrowed while the UI draws it.
      for (const part of parts) {
        const ds = part.kind === 'held' ? held.get(part.handle) : undefined;
        if (ds && part.kind === 'held') held.set(part.handle, narrowed(ds));
      }
    } finally {
      release(fresh);
    }
  };

  const save = async (id: number, part: DatasetPart, report: LoadReport | null): Promise<void> => {
    const fresh: Int32Array[] = [];
    try {
      const { datasets, missing } = resolve([part], fresh, true);
      if (missing.length > 0) return post({ type: 'missing', id, handles: missing }, []);
      if (!store) throw new Error('no storage in this worker');
      // Each widened column is freed once its record is written, so one exists at a time.
      await store.save(datasets[0]!, report, () => release(fresh));
      post({ type: 'done', id }, []);
    } finally {
      release(fresh);
    }
  };

  const restore = async (id: number): Promise<void> => {
    const restored = store ? await store.loadAll() : { saved: [], discarded: 0 };
    const saved: HeldDataset[] = restored.saved.map((s) => ({ dataset: s.dataset, report: s.report, handle: hold(s.dataset) }));
    post({ type: 'restored', id, saved, discarded: restored.discarded }, saved.flatMap((s) => datasetBuffers(s.dataset)));
  };

  const forget = async (id: number, datasetId: string): Promise<void> => {
    await store?.remove(datasetId);
    post({ type: 'done', id }, []);
  };

  return { hold, merge, save, restore, forget };
}
