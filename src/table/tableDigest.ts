// Run by the loader worker on a dataset it merged: the table's totals of every row and its key columns' codes,
// so that showing a million-row table does not pass over every row on the UI thread (see digestRegistry.ts).
import type { Dataset } from '../data/types';
import { keyCodes } from './engine/keyMixes';
import { sumRows } from './engine/sumRows';
import type { TableDigest, ValueCodes } from './digestRegistry';
import type { PlacementBucket } from '../transforms/placementBuckets';
import { qualifierFigures } from './figureQualifiers';
import { buildLookups } from './lookups';
import { prepareColumns } from './tableModel';
import { placementBuckets } from '../transforms/placementScope';

/** Null when the rows do not fit the slots (the charts then say why, as without a digest). */
function slotsOf(dataset: Dataset): PlacementBucket[] | null {
  try {
    return placementBuckets(dataset);
  } catch {
    return null;
  }
}

export function tableDigest(dataset: Dataset): TableDigest {
  // Sums do not read display text, regions or the language: plain lookups give the table's own totals.
  const { columns, specs } = prepareColumns(dataset);
  const lookups = buildLookups(columns, specs, { lang: 'en', nameOf: (code) => code, labelOf: (_, value) => value });
  const all = new Int32Array(dataset.rowCount);
  for (let i = 0; i < all.length; i++) all[i] = i;
  const totals = sumRows(lookups, all, false);
  const codes: Record<string, ValueCodes> = {};
  for (const key of keyCodes(lookups)) {
    const type = dataset.columns[key.columnId]?.type;
    if (type === 'number' || type === 'goals') codes[key.columnId] = { codes: key.codes, size: key.size };
  }
  // The qualifiers the table clears on rows without a figure: the UI thread takes these instead of a pass of its own.
  const clearedQualifiers: Record<string, Int32Array | null> = {};
  for (const id of qualifierFigures(dataset.columns).keys()) {
    const before = dataset.columns[id], after = columns[id];
    if (before?.type !== 'code' || after?.type !== 'code') continue;
    clearedQualifiers[id] = after.codes === before.codes ? null : after.codes;
  }
  // The charts' slots of placements rows too: the first charts draw then makes no pass over the rows either.
  const buckets = dataset.kind === 'placements' ? slotsOf(dataset) : null;
  return { totals, keyCodes: codes, clearedQualifiers, ...(buckets ? { placementBuckets: buckets } : {}) };
}
