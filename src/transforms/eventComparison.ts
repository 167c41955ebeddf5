// One row per event with its headline figures, for comparing events side by side.
import type { Dataset } from '../data/types';
import { allRows, codeColumn, numberColumn, optionalCodeColumn, stringAt } from './columns';
import { localizedAt, localizedColumns, type LocalizedText } from './eventText';
import { figureAt, provenanceOf, type Figure } from './figure';
import { assertKnownOptions } from './options';

export interface EventRow {
  readonly eventId: string;
  readonly name: string | null;
  /** The name in every language (English = name); show it with inLang(names, lang). */
  readonly names: LocalizedText;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly hostCountry: string | null;
  readonly city: string | null;
  readonly cities: LocalizedText;
  /** Null when the event's row has no published figure. */
  readonly delegates: Figure | null;
  readonly countries: Figure | null;
  readonly speakers: Figure | null;
}

export interface EventComparisonOptions {
  readonly rows?: Int32Array;
}

/** Events sorted by start date, then id; rows without an event_id are skipped. */
export function eventComparison(ds: Dataset, options: EventComparisonOptions = {}): EventRow[] {
  assertKnownOptions('eventComparison', options, ['rows']);
  if (ds.kind !== 'events') throw new Error(`eventComparison: needs an events dataset, got ${ds.kind}`);
  const id = codeColumn(ds, 'event_id');
  const name = optionalCodeColumn(ds, 'name');
  const names = localizedColumns(ds, 'name');
  const cities = localizedColumns(ds, 'city');
  const start = optionalCodeColumn(ds, 'start_date');
  const end = optionalCodeColumn(ds, 'end_date');
  const host = optionalCodeColumn(ds, 'host_country');
  const city = optionalCodeColumn(ds, 'city');
  const prov = provenanceOf(ds);
  const measures = (['delegates', 'countries', 'speakers'] as const).map((m) => ({
    m,
    values: ds.columns[m] ? numberColumn(ds, m) : null,
    qualifier: optionalCodeColumn(ds, `${m}_qualifier`),
  }));

  const out: EventRow[] = [];
  for (const r of options.rows ?? allRows(ds)) {
    const eventId = stringAt(id, r);
    if (eventId === null) continue;
    const startDate = stringAt(start, r);
    const [delegates, countries, speakers] = measures.map(({ values, qualifier }) => {
      if (!values || Number.isNaN(values.values[r])) return null;
      return figureAt(prov, r, values, qualifier, startDate);
    });
    out.push({
      eventId,
      name: stringAt(name, r),
      names: localizedAt(names, r),
      startDate,
      endDate: stringAt(end, r),
      hostCountry: stringAt(host, r),
      city: stringAt(city, r),
      cities: localizedAt(cities, r),
      delegates: delegates ?? null,
      countries: countries ?? null,
      speakers: speakers ?? null,
    });
  }
  const key = (e: EventRow) => `${e.startDate ?? '9999'}\u0000${e.eventId}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
