// Keeps uploaded datasets (and their load reports) in IndexedDB between visits. Columns are stored
// as the typed arrays they are (structured clone copies them as bytes); every record carries a
// format version so a record written by another version is discarded, never trusted.
import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { DATASET_KINDS, type Column, type Dataset, type LoadReport } from './types';

/** Bump when the stored shape changes; older records are then discarded with a notice. */
export const PERSIST_VERSION = 1;

const KEY_PREFIX = 'dataset:';

export interface SavedDataset {
  readonly dataset: Dataset;
  readonly report: LoadReport | null;
}

export interface Restored {
  /** In the order they were first saved. */
  readonly saved: readonly SavedDataset[];
  /** Records that were unreadable or from another format version (now deleted). */
  readonly discarded: number;
}

interface StoredRecord {
  readonly version: number;
  /** Save order, so datasets come back in the order they were added. */
  readonly seq: number;
  readonly dataset: Dataset;
  readonly report: LoadReport | null;
}

/** The part of persistence the app uses; tests pass their own. */
export interface DatasetStore {
  save(dataset: Dataset, report: LoadReport | null): Promise<void>;
  loadAll(): Promise<Restored>;
  remove(id: string): Promise<void>;
}

/** False where there is no IndexedDB (old browsers, private modes, node without a fake). */
export function persistAvailable(): boolean {
  return typeof indexedDB !== 'undefined';
}

let defaultStore: UseStore | null = null;
function storeOf(store: UseStore | undefined): UseStore {
  return store ?? (defaultStore ??= createStore('volunteer-stats', 'datasets'));
}

let lastSeq = 0;
function nextSeq(): number {
  lastSeq = Math.max(lastSeq + 1, Date.now());
  return lastSeq;
}

const tag = (value: unknown) => Object.prototype.toString.call(value);

function validColumn(col: unknown, rows: number): col is Column {
  if (typeof col !== 'object' || col === null) return false;
  const c = col as Record<string, unknown>;
  if (c.type === 'number') return tag(c.values) === '[object Float64Array]' && (c.values as Float64Array).length === rows;
  if (c.type === 'goals') return tag(c.masks) === '[object Uint32Array]' && (c.masks as Uint32Array).length === rows;
  if (c.type !== 'code' || tag(c.codes) !== '[object Int32Array]' || !Array.isArray(c.dictionary)) return false;
  const codes = c.codes as Int32Array;
  const size = c.dictionary.length;
  if (codes.length !== rows || !c.dictionary.every((v) => typeof v === 'string')) return false;
  for (let i = 0; i < codes.length; i++) if (codes[i]! >= size || codes[i]! < -1) return false;
  return true;
}

function validDataset(value: unknown): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  const rows = d.rowCount;
  return (
    typeof d.id === 'string' &&
    typeof d.name === 'string' &&
    (d.origin === 'upload' || d.origin === 'url') &&
    (DATASET_KINDS as readonly unknown[]).includes(d.kind) &&
    typeof rows === 'number' && Number.isInteger(rows) && rows >= 0 &&
    tag(d.lines) === '[object Int32Array]' && (d.lines as Int32Array).length === rows &&
    typeof d.columns === 'object' && d.columns !== null &&
    Object.values(d.columns).every((c) => validColumn(c, rows))
  );
}

function validReport(value: unknown): value is LoadReport {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return typeof r.fileName === 'string' && typeof r.recordsRead === 'number' && Array.isArray(r.issues);
}

function readRecord(value: unknown): SavedDataset | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Partial<StoredRecord>;
  if (r.version !== PERSIST_VERSION || !validDataset(r.dataset)) return null;
  return { dataset: r.dataset, report: validReport(r.report) ? r.report : null };
}

/** Saves (or overwrites) an uploaded dataset. Rejects when the browser refuses, e.g. QuotaExceededError. */
export async function saveDataset(dataset: Dataset, report: LoadReport | null, store?: UseStore): Promise<void> {
  if (dataset.origin === 'bundled') throw new Error('saveDataset: bundled datasets are not stored');
  // A plain copy: the record holds only data, no class instances or functions.
  const record: StoredRecord = {
    version: PERSIST_VERSION,
    seq: nextSeq(),
    dataset: { id: dataset.id, kind: dataset.kind, name: dataset.name, origin: dataset.origin, rowCount: dataset.rowCount, columns: dataset.columns, lines: dataset.lines },
    report,
  };
  await set(KEY_PREFIX + dataset.id, record, storeOf(store));
}

/** Every stored dataset that this version can read; unreadable records are deleted and counted. */
export async function loadAll(store?: UseStore): Promise<Restored> {
  const s = storeOf(store);
  const all = await entries<IDBValidKey, unknown>(s);
  const kept: { seq: number; saved: SavedDataset }[] = [];
  const stale: IDBValidKey[] = [];
  for (const [key, value] of all) {
    if (typeof key !== 'string' || !key.startsWith(KEY_PREFIX)) continue;
    const saved = readRecord(value);
    if (saved && saved.dataset.id === key.slice(KEY_PREFIX.length)) kept.push({ seq: (value as StoredRecord).seq, saved });
    else stale.push(key);
  }
  // Deleting is best effort: a failure here must not stop the restore.
  await Promise.all(stale.map((key) => del(key, s).catch(() => undefined)));
  kept.sort((a, b) => a.seq - b.seq);
  return { saved: kept.map((k) => k.saved), discarded: stale.length };
}

export async function removeDataset(id: string, store?: UseStore): Promise<void> {
  await del(KEY_PREFIX + id, storeOf(store));
}

/** The IndexedDB-backed store (a named database, for tests); null when IndexedDB is missing. */
export function idbDatasetStore(dbName?: string): DatasetStore | null {
  if (!persistAvailable()) return null;
  const store = dbName === undefined ? undefined : createStore(dbName, 'datasets');
  return {
    save: (dataset, report) => saveDataset(dataset, report, store),
    loadAll: () => loadAll(store),
    remove: (id) => removeDataset(id, store),
  };
}

/** True for the browser's "storage is full" failures (names differ between engines). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
