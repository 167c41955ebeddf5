// Every figure about one country across all loaded datasets, each with its source and date.
import type { Dataset, IndicatorUnit, Perspective, PlacementType } from '../data/types';
import { INDICATOR_UNITS, PERSPECTIVES, PLACEMENT_TYPES } from '../data/types';
import { codeColumn, numberColumn, optionalCodeColumn, optionalGoalsColumn, stringAt } from './columns';
import { eventComparison, type EventRow } from './eventComparison';
import type { LocalizedText } from './eventText';
import { figureAt, provenanceOf, type Figure } from './figure';
import { filterRows } from './filterRows';
import { rowYears } from './years';

export interface ProfilePlacement {
  readonly year: number | null;
  readonly perspective: Perspective | null;
  readonly type: PlacementType | null;
  /** SDGs the row is tagged with; empty for an untagged row. */
  readonly goals: readonly number[];
  readonly figure: Figure;
}

export interface ProfileDelegation {
  readonly eventId: string;
  readonly eventName: string | null;
  /** The event's name in every language (English = eventName). */
  readonly eventNames: LocalizedText | null;
  /** Figure date is the event's start date when an events dataset knows the event. */
  readonly figure: Figure;
}

export interface ProfileIndicator {
  readonly name: string;
  readonly unit: IndicatorUnit;
  readonly year: number | null;
  readonly figure: Figure;
}

export interface CountryProfile {
  readonly iso3: string;
  /** Newest first, then duty_station before nationality, then national, international, total. */
  readonly placements: readonly ProfilePlacement[];
  /** Newest first. */
  readonly organizations: readonly Figure[];
  readonly delegations: readonly ProfileDelegation[];
  /** Any other figure of the country: by indicator (in the order they first appear), newest year first. */
  readonly indicators: readonly ProfileIndicator[];
  /** Events held in the country, by start date. */
  readonly hostedEvents: readonly EventRow[];
}

function goalsOf(mask: number): number[] {
  const goals: number[] = [];
  for (let g = 1; g <= 17; g++) if (mask & (1 << (g - 1))) goals.push(g);
  return goals;
}

const order = <T extends string>(list: readonly T[], v: T | null) => (v === null ? list.length : list.indexOf(v));

export function countryProfile(datasets: readonly Dataset[], iso3: string): CountryProfile {
  if (typeof iso3 !== 'string' || iso3 === '') throw new Error('countryProfile: a country code is required');
  const only = new Set([iso3]);
  const of = (kind: Dataset['kind']) => datasets.filter((d) => d.kind === kind);

  const placements: ProfilePlacement[] = [];
  for (const ds of of('placements')) {
    const prov = provenanceOf(ds);
    const count = numberColumn(ds, 'count');
    const qualifier = optionalCodeColumn(ds, 'qualifier');
    const perspective = codeColumn(ds, 'perspective');
    const type = codeColumn(ds, 'type');
    const masks = optionalGoalsColumn(ds)?.masks ?? null;
    const years = rowYears(ds, 'year');
    for (const r of filterRows(ds, { countries: only })) {
      const year = Number.isNaN(years[r]) ? null : years[r]!;
      placements.push({
        year,
        perspective: stringAt(perspective, r) as Perspective | null,
        type: stringAt(type, r) as PlacementType | null,
        goals: masks ? goalsOf(masks[r]!) : [],
        figure: figureAt(prov, r, count, qualifier, year === null ? null : String(year)),
      });
    }
  }
  placements.sort(
    (a, b) =>
      (b.year ?? -Infinity) - (a.year ?? -Infinity) ||
      order(PERSPECTIVES, a.perspective) - order(PERSPECTIVES, b.perspective) ||
      order(PLACEMENT_TYPES, a.type) - order(PLACEMENT_TYPES, b.type) ||
      a.goals.length - b.goals.length ||
      a.goals.join().localeCompare(b.goals.join()),
  );

  const organizations: Figure[] = [];
  for (const ds of of('organizations')) {
    const prov = provenanceOf(ds);
    const count = numberColumn(ds, 'count');
    const qualifier = optionalCodeColumn(ds, 'qualifier');
    const date = codeColumn(ds, 'date');
    for (const r of filterRows(ds, { countries: only })) organizations.push(figureAt(prov, r, count, qualifier, stringAt(date, r)));
  }
  organizations.sort((a, b) => ((b.date ?? '') < (a.date ?? '') ? -1 : (b.date ?? '') > (a.date ?? '') ? 1 : 0));

  const events = of('events').flatMap((ds) => eventComparison(ds));
  const eventById = new Map<string, EventRow>();
  for (const e of events) if (!eventById.has(e.eventId)) eventById.set(e.eventId, e);

  const delegations: ProfileDelegation[] = [];
  for (const ds of of('delegates')) {
    const prov = provenanceOf(ds);
    const delegates = numberColumn(ds, 'delegates');
    const qualifier = optionalCodeColumn(ds, 'qualifier');
    const eventId = codeColumn(ds, 'event_id');
    for (const r of filterRows(ds, { countries: only })) {
      const id = stringAt(eventId, r);
      if (id === null) continue;
      const event = eventById.get(id);
      delegations.push({ eventId: id, eventName: event?.name ?? null, eventNames: event?.names ?? null, figure: figureAt(prov, r, delegates, qualifier, event?.startDate ?? null) });
    }
  }
  const when = (d: ProfileDelegation) => `${d.figure.date ?? '9999'}\u0000${d.eventId}`;
  delegations.sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0));

  const indicators: ProfileIndicator[] = [];
  const firstSeen = new Map<string, number>();
  for (const ds of of('indicators')) {
    const prov = provenanceOf(ds);
    const value = numberColumn(ds, 'value');
    const qualifier = optionalCodeColumn(ds, 'qualifier');
    const names = codeColumn(ds, 'indicator');
    const units = optionalCodeColumn(ds, 'unit');
    const years = rowYears(ds, 'year');
    for (const r of filterRows(ds, { countries: only })) {
      const name = stringAt(names, r);
      if (name === null) continue;
      if (!firstSeen.has(name)) firstSeen.set(name, firstSeen.size);
      const unit = stringAt(units, r);
      const year = Number.isNaN(years[r]) ? null : years[r]!;
      indicators.push({
        name,
        unit: unit !== null && (INDICATOR_UNITS as readonly string[]).includes(unit) ? (unit as IndicatorUnit) : 'other',
        year,
        figure: figureAt(prov, r, value, qualifier, year === null ? null : String(year)),
      });
    }
  }
  indicators.sort((a, b) => firstSeen.get(a.name)! - firstSeen.get(b.name)! || (b.year ?? -Infinity) - (a.year ?? -Infinity));

  return { iso3, placements, organizations, delegations, indicators, hostedEvents: events.filter((e) => e.hostCountry === iso3) };
}
