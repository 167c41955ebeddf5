// Aggregate codes (World and UNV regions) sit in country columns but are never countries.
// Mirrors the brief's list; swap for src/data/aggregates.ts once H3 publishes it.
import type { CodeColumn } from '../data/types';
import { dictionaryMask } from './columns';

export const WORLD = 'WLD';

/** True for WLD and UNV-* region codes. */
export function isAggregateCode(code: string): boolean {
  return code === WORLD || code.startsWith('UNV-');
}

/** 1 for dictionary codes of real countries (not aggregates). */
export function countryCodeMask(col: CodeColumn): Uint8Array {
  return dictionaryMask(col, (v) => !isAggregateCode(v));
}
