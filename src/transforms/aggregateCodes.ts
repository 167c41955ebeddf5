// Aggregate codes (World and UNV regions) sit in country columns but are never countries.
import { isAggregate } from '../data/aggregates';

export const WORLD = 'WLD';

/** True for WLD and UNV region codes; any other "UNV-" code is treated as a region too, to be safe. */
export function isAggregateCode(code: string): boolean {
  return isAggregate(code) || code.startsWith('UNV-');
}
