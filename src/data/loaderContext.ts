// What the loader needs from its caller: country resolution, progress and cancellation.
// Kept apart from loadCsv.ts so the resolver and the worker can import the types alone.
import type { LoadProgress } from './types';

/** A resolved country or aggregate code, or the nearest known name to suggest. */
export type CountryResolution = { ok: true; code: string } | { ok: false; suggestion: string | null };

export interface LoaderContext {
  /** Maps a raw cell (alpha-3, alpha-2, numeric, a name in any UI language, an aggregate) to a code. */
  resolveCountry(raw: string): CountryResolution;
}

export interface LoaderHooks {
  /** Called at each phase change and after every megabyte or so of text. */
  onProgress?(p: LoadProgress): void;
  /** Polled as often as onProgress; returning true aborts the load with LoadCancelledError. */
  isCancelled?(): boolean;
  /** Called once the bytes are decoded and read no more: a caller that owns them may free them (the worker does). */
  release?(bytes: Uint8Array): void;
}

/** Thrown by loadCsv when hooks.isCancelled() returns true. */
export class LoadCancelledError extends Error {
  constructor() {
    super('Loading was cancelled.');
    this.name = 'LoadCancelledError';
  }
}
