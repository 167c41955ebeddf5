// Shared row test for placements: one perspective, optional type, untagged rows unless a goal is asked for.
import type { Dataset } from '../data/types';
import { PERSPECTIVES, PLACEMENT_TYPES } from '../data/types';
import { codeColumn, codesOf, optionalGoalsColumn } from './columns';
import { assertGoal, assertOneOf } from './options';

const ALL_GOALS = (1 << 17) - 1;

export interface PlacementScope {
  readonly perspectiveCodes: Int32Array;
  readonly perspectiveKeep: Uint8Array;
  readonly typeCodes: Int32Array;
  /** Dictionary code -> index in PLACEMENT_TYPES, -1 when not kept. */
  readonly typeIndex: Int8Array;
  readonly masks: Uint32Array | null;
  /** 0 = untagged rows only; else rows with any of these bits set. */
  readonly goalBit: number;
}

export function placementScope(
  fn: string,
  ds: Dataset,
  perspective: unknown,
  type: unknown | undefined,
  /** undefined = untagged rows only; "any" = rows tagged with any goal; else one goal 1-17. */
  goal: unknown | undefined,
): PlacementScope {
  if (ds.kind !== 'placements') throw new Error(`${fn}: needs a placements dataset, got ${ds.kind}`);
  const p = assertOneOf(fn, 'perspective', perspective, PERSPECTIVES);
  const t = type === undefined ? null : assertOneOf(fn, 'type', type, PLACEMENT_TYPES);
  const pCol = codeColumn(ds, 'perspective');
  const tCol = codeColumn(ds, 'type');
  const typeIndex = Int8Array.from(tCol.dictionary, (v) => {
    const i = (PLACEMENT_TYPES as readonly string[]).indexOf(v);
    return t === null || v === t ? i : -1;
  });
  const goals = optionalGoalsColumn(ds);
  const goalBit = goal === undefined ? 0 : goal === 'any' ? ALL_GOALS : 1 << (assertGoal(fn, 'goal', goal) - 1);
  if (goalBit && goal !== 'any' && !goals) throw new Error(`${fn}: dataset "${ds.name}" has no sdg column`);
  return {
    perspectiveCodes: pCol.codes,
    perspectiveKeep: codesOf(pCol, p),
    typeCodes: tCol.codes,
    typeIndex,
    masks: goals?.masks ?? null,
    goalBit,
  };
}

/** Index in PLACEMENT_TYPES of the row's type when the row is in scope, else -1. */
export function scopedType(s: PlacementScope, row: number): number {
  const p = s.perspectiveCodes[row]!;
  if (p < 0 || s.perspectiveKeep[p] === 0) return -1;
  if (s.masks) {
    const m = s.masks[row]!;
    if (s.goalBit ? (m & s.goalBit) === 0 : m !== 0) return -1;
  }
  const t = s.typeCodes[row]!;
  return t < 0 ? -1 : s.typeIndex[t]!;
}
