// The Overview cards: the event, UN Volunteers worldwide, and the focus country's figures.
import type { Dataset, Perspective, PlacementType } from '../data/types';
import { PERSPECTIVES, PLACEMENT_TYPES } from '../data/types';
import { WORLD, isAggregateCode } from './aggregateCodes';
import { countryValues } from './countryValues';
import { eventComparison, type EventRow } from './eventComparison';
import type { Figure } from './figure';
import { filterRows } from './filterRows';
import { latestFigure } from './latestFigure';
import { assertInteger, assertKnownOptions } from './options';
import { yearSeries } from './yearSeries';

export interface KeyFiguresOptions {
  readonly eventId: string;
  /** Alpha-3 of the focus country, e.g. "KAZ". */
  readonly focusCountry: string;
  /** Figures as of this year: the latest with data up to it. Default: latest overall. */
  readonly year?: number;
}

/** Placement figures per perspective (where they serve vs where they come from) and type. */
export type PlacementFigures = Readonly<Record<Perspective, Readonly<Record<PlacementType, Figure | null>>>>;

export interface KeyFigures {
  /** Null when no events dataset holds the event. */
  readonly event: EventRow | null;
  /** WLD, duty station, total, latest year with a value. */
  readonly unvWorldwide: Figure | null;
  readonly focus: {
    readonly country: string;
    /** Each cell is the latest year with a value for that perspective and type. */
    readonly placements: PlacementFigures;
    /** Latest date with a value. */
    readonly organizations: Figure | null;
  };
}

export function keyFigures(datasets: readonly Dataset[], options: KeyFiguresOptions): KeyFigures {
  const fn = 'keyFigures';
  assertKnownOptions(fn, options, ['eventId', 'focusCountry', 'year']);
  if (typeof options.eventId !== 'string') throw new Error(`${fn}: option "eventId" is required`);
  const focus = options.focusCountry;
  if (typeof focus !== 'string' || isAggregateCode(focus)) throw new Error(`${fn}: option "focusCountry" must be a country code`);
  const upTo = options.year === undefined ? Infinity : assertInteger(fn, 'year', options.year);
  const kind = (k: Dataset['kind']) => datasets.filter((d) => d.kind === k);

  const event =
    kind('events')
      .flatMap((ds) => eventComparison(ds, { rows: filterRows(ds, { eventIds: new Set([options.eventId]) }) }))
      .at(0) ?? null;

  const placements = kind('placements');
  const upToRows = placements.map((ds) => filterRows(ds, { years: [-Infinity, upTo] }));
  const latestOf = (country: string, perspective: Perspective, type: PlacementType) =>
    latestFigure(
      placements.map((ds, i) => {
        const points = yearSeries(ds, { country, perspective, type, rows: upToRows[i]! });
        return points.findLast((p) => p.value !== null)?.figure;
      }),
    );
  const cells = (perspective: Perspective) =>
    Object.fromEntries(PLACEMENT_TYPES.map((t) => [t, latestOf(focus, perspective, t)])) as Record<PlacementType, Figure | null>;

  const organizations = latestFigure(
    kind('organizations').map((ds) => {
      const rows = filterRows(ds, { years: [-Infinity, upTo], countries: new Set([focus]) });
      return countryValues(ds, { metric: 'organizations', rows }).get(focus);
    }),
  );

  return {
    event,
    unvWorldwide: latestOf(WORLD, 'duty_station', 'total'),
    focus: {
      country: focus,
      placements: Object.fromEntries(PERSPECTIVES.map((p) => [p, cells(p)])) as unknown as PlacementFigures,
      organizations: organizations ? withoutTookPart(organizations) : null,
    },
  };
}

function withoutTookPart(f: Figure): Figure {
  const { value, qualifier, date, source, sourceUrl, sourceDate, status, note } = f;
  return { value, qualifier, date, source, sourceUrl, sourceDate, status, note };
}
