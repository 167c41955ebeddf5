// Keeps uploaded datasets (and their load reports) in IndexedDB between visits. Columns are stored
// as the typed arrays they are (structured clone copies them as bytes); every record carries a
// format version so a record written by another version is discarded, never trusted.
//
// Each column is its own record, written in its own transaction one after another: IndexedDB serialises a
// value whole while it is written, so a million-row dataset saved as one record held a second copy of every
// column (and the blob IndexedDB wraps it in) at once, the renderer's peak of the whole upload. The dataset's
// own record goes last and names its columns' records, so an interrupted save leaves the previous one whole.
import { createStore, del, delMany, entries, keys, set, type UseStore } from 'idb-keyval';
import { DATASET_KINDS, type Column, type Dataset, type LoadReport } from './types';

/**
 * Bump when the stored shape changes; records of other versions are then discarded with a notice.
 * 2: columns in records of their own (see above). Version 1 records (the columns inside) are still read.
 */
export const PERSIST_VERSION = 2;
const WHOLE_RECORD_VERSION = 1;

const KEY_PREFIX = 'dataset:';
/** A column's record: [PART, dataset id, save seq, column name]; the lines are the column LINES. */
const PART = 'part';
const LINES = '#lines';
type PartKey = [typeof PART, string, number, string];

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

/** The dataset's own record (version 2): what it is, and the names of its columns' records. */
interface StoredRecord {
  readonly version: number;
  /** Save order, so datasets come back in the order they were added; also names this save's column records. */
  readonly seq: number;
  readonly dataset: Pick<Dataset, 'id' | 'kind' | 'name' | 'origin' | 'rowCount'>;
  readonly columns: readonly string[];
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

const partKey = (id: string, seq: number, name: string): PartKey => [PART, id, seq, name];
function isPartKey(key: IDBValidKey): key is PartKey {
  return Array.isArray(key) && key.length === 4 && key[0] === PART && typeof key[1] === 'string' && typeof key[2] === 'number' && typeof key[3] === 'string';
}

/** A version 2 record's dataset with its columns, from the column records read; null when one is missing or damaged. */
function readRecord(value: unknown, parts: ReadonlyMap<string, unknown>): SavedDataset | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Partial<StoredRecord> & { dataset?: unknown };
  const report = validReport(r.report) ? r.report : null;
  if (r.version === WHOLE_RECORD_VERSION) return validDataset(r.dataset) ? { dataset: r.dataset, report } : null;
  if (r.version !== PERSIST_VERSION || typeof r.seq !== 'number' || !Array.isArray(r.columns) || typeof r.dataset !== 'object' || r.dataset === null) return null;
  const columns: Record<string, unknown> = {};
  for (const name of r.columns) {
    if (typeof name !== 'string' || name === LINES) return null;
    columns[name] = parts.get(name);
  }
  const dataset = { ...r.dataset, columns, lines: parts.get(LINES) };
  return validDataset(dataset) ? { dataset, report } : null;
}

// Saves and removals run one at a time, in the order asked: a removal never runs between a save's column
// records and its dataset record (which would bring the dataset back), nor two saves of one id cross.
let queue: Promise<unknown> = Promise.resolve();
function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** The keys of a dataset's column records, except those of the save `keepSeq`. */
async function partKeysOf(s: UseStore, id: string, keepSeq = -1): Promise<PartKey[]> {
  return (await keys(s)).filter((k): k is PartKey => isPartKey(k) && k[1] === id && k[2] !== keepSeq);
}

/**
 * Saves (or overwrites) an uploaded dataset. Rejects when the browser refuses, e.g. QuotaExceededError. Columns are
 * read one at a time, each after the previous one's record is written (`written` is called then).
 */
export function saveDataset(dataset: Dataset, report: LoadReport | null, store?: UseStore, written?: () => void): Promise<void> {
  if (dataset.origin === 'bundled') return Promise.reject(new Error('saveDataset: bundled datasets are not stored'));
  const s = storeOf(store);
  const { id, kind, name, origin, rowCount, columns, lines } = dataset;
  return inTurn(async () => {
    const seq = nextSeq();
    const names = Object.keys(columns);
    try {
      // One column a transaction, each awaited: only one column's serialised copy exists at a time.
      for (const col of names) {
        await set(partKey(id, seq, col), columns[col], s);
        written?.();
      }
      await set(partKey(id, seq, LINES), lines, s);
    } catch (error) {
      await delMany([...names, LINES].map((col) => partKey(id, seq, col)), s).catch(() => undefined);
      throw error;
    }
    // A plain copy: the record holds only data, no class instances or functions.
    const record: StoredRecord = { version: PERSIST_VERSION, seq, dataset: { id, kind, name, origin, rowCount }, columns: names, report };
    await set(KEY_PREFIX + id, record, s);
    // The previous save's columns, now unused; one left by a failure here is deleted by the next loadAll.
    await delMany(await partKeysOf(s, id, seq), s).catch(() => undefined);
  });
}

/** Every stored dataset that this version can read; unreadable records are deleted and counted. */
export async function loadAll(store?: UseStore): Promise<Restored> {
  const s = storeOf(store);
  const all = await entries<IDBValidKey, unknown>(s);
  // Column records by dataset id and save.
  const parts = new Map<string, Map<string, unknown>>();
  for (const [key, value] of all) {
    if (!isPartKey(key)) continue;
    const at = `${key[2]}:${key[1]}`;
    if (!parts.has(at)) parts.set(at, new Map());
    parts.get(at)!.set(key[3], value);
  }
  const kept: { seq: number; saved: SavedDataset }[] = [];
  const stale: IDBValidKey[] = [];
  const used = new Set<string>();
  for (const [key, value] of all) {
    if (typeof key !== 'string' || !key.startsWith(KEY_PREFIX)) continue;
    const seq = (value as Partial<StoredRecord> | null)?.seq;
    const at = `${seq}:${key.slice(KEY_PREFIX.length)}`;
    const saved = readRecord(value, parts.get(at) ?? new Map());
    if (saved && saved.dataset.id === key.slice(KEY_PREFIX.length)) {
      kept.push({ seq: seq as number, saved });
      used.add(at);
    } else stale.push(key);
  }
  // Column records no dataset record uses: an interrupted save's, or a discarded dataset's (not counted again).
  for (const [key] of all) if (isPartKey(key) && !used.has(`${key[2]}:${key[1]}`)) stale.push(key);
  // Deleting is best effort: a failure here must not stop the restore.
  await Promise.all(stale.map((key) => del(key, s).catch(() => undefined)));
  kept.sort((a, b) => a.seq - b.seq);
  return { saved: kept.map((k) => k.saved), discarded: stale.filter((k) => typeof k === 'string').length };
}

export function removeDataset(id: string, store?: UseStore): Promise<void> {
  const s = storeOf(store);
  return inTurn(async () => {
    await del(KEY_PREFIX + id, s);
    await delMany(await partKeysOf(s, id), s);
  });
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
