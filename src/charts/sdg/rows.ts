// Goals + values -> ranked-bar rows, shared by SdgBars, the SDG summary and the SDG table. Pure.
import type { BarRow } from '../bar/types';
import { valuesByGoal } from './values';
import type { SdgGoal, SdgValues } from './types';

/** One bar row per goal, labelled "4 Quality Education"; goals without a value stay, as "No data". */
export function sdgBarRows(goals: readonly SdgGoal[], values: SdgValues, formatGoal: (goal: number) => string = String): BarRow[] {
  const byGoal = valuesByGoal(values);
  return goals.map((g) => {
    const v = byGoal.get(g.goal);
    return { key: `sdg-${g.goal}`, label: `${formatGoal(g.goal)} ${g.name}`, value: v?.value ?? null, qualifier: v?.qualifier, status: v?.status, color: g.color };
  });
}
