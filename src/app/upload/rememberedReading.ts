// Readings the person chose, remembered per header row in local storage, offered for the next file with
// the same headers. A stored value is checked before use; storage may be absent or full.
import { headerSetKey, isReading, type Reading } from '../../data/reading';

const KEY = 'volunteer-stats:readings';
const MAX_REMEMBERED = 30;

type Store = Record<string, Reading>;

function readStore(): Store {
  try {
    const raw = globalThis.localStorage?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).filter((entry): entry is [string, Reading] => isReading(entry[1])));
  } catch {
    return {};
  }
}

/** The reading remembered for this header row, or null. */
export function rememberedReading(headers: readonly string[]): Reading | null {
  const found = readStore()[headerSetKey(headers)];
  return found ?? null;
}

export function rememberReading(reading: Reading): void {
  const store = readStore();
  const key = headerSetKey(reading.headers);
  delete store[key];
  store[key] = reading;
  const keys = Object.keys(store);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_REMEMBERED))) delete store[old];
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(store));
  } catch {
    // Full or blocked storage: the mapping is simply not remembered.
  }
}

export function forgetReading(headers: readonly string[]): void {
  const store = readStore();
  delete store[headerSetKey(headers)];
  try {
    globalThis.localStorage?.setItem(KEY, JSON.stringify(store));
  } catch {
    // As above.
  }
}

/** Two readings that read the file the same way. */
export function sameReading(a: Reading, b: Reading): boolean {
  return JSON.stringify([a.kind, a.headerLine, a.uses, Object.entries(a.constants).sort()])
    === JSON.stringify([b.kind, b.headerLine, b.uses, Object.entries(b.constants).sort()]);
}
