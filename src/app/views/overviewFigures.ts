// The headline figures of the Overview, read from the loaded datasets.
// TEMPORARY home: replace with transforms/keyFigures when it lands (same outputs: Figure | null).
import type { Dataset, Perspective, PlacementType } from '../../data/types';
import { numberColumn, optionalCodeColumn, optionalGoalsColumn, stringAt } from '../../transforms/columns';
import { figureAt, provenanceOf, type Figure } from '../../transforms/figure';

/** The event with the latest start date (the CICA rally in the bundled data). */
export function defaultEventId(events: Dataset): string | null {
  const ids = optionalCodeColumn(events, 'event_id');
  const starts = optionalCodeColumn(events, 'start_date');
  let best: { id: string; start: string } | null = null;
  for (let r = 0; r < events.rowCount; r++) {
    const id = stringAt(ids, r);
    const start = stringAt(starts, r) ?? '';
    if (id !== null && (best === null || start > best.start)) best = { id, start };
  }
  return best?.id ?? null;
}

export interface EventFigures {
  readonly name: string;
  readonly delegates: Figure | null;
  readonly countries: Figure | null;
}

export function eventFigures(events: Dataset, eventId: string): EventFigures | null {
  const ids = optionalCodeColumn(events, 'event_id');
  for (let r = 0; r < events.rowCount; r++) {
    if (stringAt(ids, r) !== eventId) continue;
    const prov = provenanceOf(events);
    const date = stringAt(optionalCodeColumn(events, 'start_date'), r);
    const pick = (value: string, qualifier: string): Figure | null => {
      const figure = figureAt(prov, r, numberColumn(events, value), optionalCodeColumn(events, qualifier), date);
      return figure.value === null ? null : figure;
    };
    return {
      name: stringAt(optionalCodeColumn(events, 'name'), r) ?? eventId,
      delegates: pick('delegates', 'delegates_qualifier'),
      countries: pick('countries', 'countries_qualifier'),
    };
  }
  return null;
}

export interface PlacementQuery {
  readonly country: string;
  readonly perspective: Perspective;
  readonly type: PlacementType;
}

/** The latest untagged (no SDG) placement figure for one country or aggregate. */
export function latestPlacement(ds: Dataset, query: PlacementQuery): Figure | null {
  const country = optionalCodeColumn(ds, 'country');
  const perspective = optionalCodeColumn(ds, 'perspective');
  const type = optionalCodeColumn(ds, 'type');
  const goals = optionalGoalsColumn(ds);
  const years = numberColumn(ds, 'year').values;
  let best = -1;
  for (let r = 0; r < ds.rowCount; r++) {
    if (stringAt(country, r) !== query.country || stringAt(perspective, r) !== query.perspective) continue;
    if (stringAt(type, r) !== query.type || (goals && goals.masks[r] !== 0)) continue;
    if (best < 0 || years[r]! > years[best]!) best = r;
  }
  if (best < 0) return null;
  return figureAt(provenanceOf(ds), best, numberColumn(ds, 'count'), optionalCodeColumn(ds, 'qualifier'), String(years[best]));
}

/** The most recent count of organisations in a country. */
export function latestOrganizations(ds: Dataset, iso3: string): Figure | null {
  const country = optionalCodeColumn(ds, 'country');
  const date = optionalCodeColumn(ds, 'date');
  let best = -1;
  for (let r = 0; r < ds.rowCount; r++) {
    if (stringAt(country, r) !== iso3) continue;
    if (best < 0 || (stringAt(date, r) ?? '') > (stringAt(date, best) ?? '')) best = r;
  }
  if (best < 0) return null;
  return figureAt(provenanceOf(ds), best, numberColumn(ds, 'count'), optionalCodeColumn(ds, 'qualifier'), stringAt(date, best));
}
