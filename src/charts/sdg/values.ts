import type { SdgValue, SdgValues } from './types';

/** Values keyed by goal number, whichever form they came in. */
export function valuesByGoal(values: SdgValues): ReadonlyMap<number, SdgValue> {
  if (values instanceof Map) return values;
  return new Map((values as readonly SdgValue[]).map((v) => [v.goal, v]));
}
