// An exported figure's second line: which dataset, which year or event, and how volunteers are counted.
import { useMemo } from 'react';
import { optionalCodeColumn, stringAt } from '../../transforms/columns';
import type { Translate } from '../../i18n/translate';
import type { DatasetChoice, PerspectiveChoice, ViewState, YearRange } from '../../state/viewState';
import type { CombinedOf } from '../selectedValues';
import { selectedEventId } from '../selectedValues';
import { useData } from '../dataApi';

export interface SubtitleParts {
  readonly dataset: DatasetChoice;
  /** The event's name (delegates). */
  readonly event?: string | null;
  /** A year, a range, or null for "the latest year with data"; undefined leaves the year out. */
  readonly year?: YearRange | number | null;
  readonly perspective?: PerspectiveChoice | null;
}

function yearText(year: YearRange | number): string {
  if (typeof year === 'number') return String(year);
  return year.from === year.to ? String(year.to) : `${year.from}–${year.to}`;
}

/** "UN Volunteer placements · Year: 2023 · Count volunteers by where they serve". */
export function figureSubtitle(t: Translate, parts: SubtitleParts): string {
  return [
    t(`app.dataset.${parts.dataset}`),
    parts.event ? t('export.subtitle.event', { event: parts.event }) : '',
    parts.year === undefined ? '' : parts.year === null ? t('export.subtitle.latest') : t('export.subtitle.year', { year: yearText(parts.year) }),
    parts.perspective ? `${t('app.perspective.label')} ${t(`app.perspective.${parts.perspective}`)}` : '',
  ].filter(Boolean).join(' · ');
}

/** The selected event's name (its id when the file names none). */
export function eventName(state: Pick<ViewState, 'event'>, combined: CombinedOf): string | null {
  const id = selectedEventId(state, combined);
  const events = combined('events');
  if (!id || !events) return id;
  const ids = optionalCodeColumn(events, 'event_id');
  const names = optionalCodeColumn(events, 'name');
  for (let r = 0; r < events.rowCount; r++) if (stringAt(ids, r) === id) return stringAt(names, r) ?? id;
  return id;
}

/** The subtitle of a figure showing `shown`'s dataset the way the views select it. */
export function useStateSubtitle(t: Translate, shown: Pick<ViewState, 'dataset' | 'event' | 'year' | 'perspective'>): string {
  const { combined } = useData();
  return useMemo(() => figureSubtitle(t, shown.dataset === 'delegates'
    ? { dataset: 'delegates', event: eventName(shown, combined) }
    : { dataset: shown.dataset, year: shown.year, ...(shown.dataset === 'placements' ? { perspective: shown.perspective } : {}) }),
  [t, shown, combined]);
}
