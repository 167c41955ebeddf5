// The event shown when the URL names none: the latest by start date (the CICA rally in the bundled data).
import type { Dataset } from '../data/types';
import { eventComparison } from '../transforms/eventComparison';

export function defaultEventId(events: Dataset): string | null {
  return eventComparison(events).at(-1)?.eventId ?? null;
}
