// The rows each chart of the Charts view gets, with the provenance of every figure they hold.
import { useMemo } from 'react';
import type { BarRow } from '../../charts/bar/types';
import type { EventRow as EventChartRow } from '../../charts/events/types';
import type { LineSeries } from '../../charts/line/types';
import type { StackedRow } from '../../charts/stacked/types';
import type { SourceRef } from '../../components/ChartSources';
import type { Dataset } from '../../data/types';
import { useI18n } from '../../i18n/I18nContext';
import { PLACEMENT_COLORS } from '../../scales/colors';
import { eventComparison } from '../../transforms/eventComparison';
import { inLang } from '../../transforms/eventText';
import type { Figure } from '../../transforms/figure';
import { nationalVsInternational } from '../../transforms/nationalVsInternational';
import { isPartial, partialScope } from '../../transforms/partial';
import { yearSeries } from '../../transforms/yearSeries';
import type { ViewState } from '../../state/viewState';
import { useData } from '../dataApi';
import { countryName } from '../countryName';
import { formatIsoDate } from '../formatDate';
import { yearsDiffer } from '../mixedYears';
import { yearsOf } from '../selectedValues';
import { mapSelection } from './mapSelection';

/** Rows for one chart and the figures behind them (for the source notes). */
export interface Charted<R> {
  readonly rows: readonly R[];
  readonly refs: readonly (SourceRef | null)[];
}

const segment = (key: string, label: string, color: string, f: Figure | null) => ({
  key, label, color, value: f?.value ?? null, qualifier: f?.qualifier ?? 'exact', status: f?.status ?? 'reported',
});

/** The ranking, with the same fallback as the map when the default measure has no per-country figure. */
/** A partial figure's caveat, in the reader's language around the source's own words. */
function caveatOf(note: string | null, t: ReturnType<typeof useI18n>['t']): { caveat?: string } {
  const scope = partialScope(note);
  return scope ? { caveat: t('figure.partialNote', { scope }) } : {};
}

export function useRankedRows(state: ViewState): Charted<BarRow> & { shown: ViewState; fellBack: boolean; mixedDates: boolean } {
  const { t, lang } = useI18n();
  const { status, reference, combined } = useData();
  const countries = reference?.countries;
  return useMemo(() => {
    if (status !== 'ready') return { rows: [], refs: [], shown: state, fellBack: false, mixedDates: false };
    const selected = new Set(state.countries);
    const selection = mapSelection(state, combined);
    const values = [...selection.values];
    // Without a chosen year each country shows its latest figure: where those dates differ, each bar says its own.
    const mixedDates = yearsDiffer(values.map(([, v]) => v));
    return {
      rows: values.map(([iso3, v]) => ({
        key: iso3, label: mixedDates && v.date ? `${countryName(countries, iso3, lang)} (${formatIsoDate(v.date, lang)})` : countryName(countries, iso3, lang), value: v.value, qualifier: v.qualifier, status: v.status, highlighted: selected.has(iso3),
        ...caveatOf(v.note, t),
        ...(v.source ? { source: v.source } : {}),
      })),
      refs: values.map(([, v]) => v),
      shown: selection.state,
      fellBack: selection.fellBack,
      mixedDates,
    };
  }, [status, state, combined, countries, lang, t]);
}

export function useStackedRows(placements: Dataset | null, state: ViewState): Charted<StackedRow> & { year: number | null } {
  const { t, lang } = useI18n();
  const { reference } = useData();
  const countries = reference?.countries;
  return useMemo(() => {
    if (!placements) return { year: null, rows: [], refs: [] };
    const selected = new Set(state.countries);
    const candidates = state.year ? [state.year.to] : [...yearsOf(placements)].reverse();
    for (const year of candidates) {
      const rows = nationalVsInternational(placements, { year, perspective: state.perspective });
      if (rows.length === 0) continue;
      return {
        year,
        rows: rows.map((r) => ({
          key: r.code,
          // A segment that counts only part of the country (one mission, one crisis) marks the whole bar.
          label: isPartial(r.national) || isPartial(r.international)
            ? `${countryName(countries, r.code, lang)} (${t('figure.partial')})`
            : countryName(countries, r.code, lang),
          highlighted: selected.has(r.code),
          segments: [
            segment('national', t('charts.placement.national'), PLACEMENT_COLORS.national, r.national),
            segment('international', t('charts.placement.international'), PLACEMENT_COLORS.international, r.international),
          ],
        })),
        refs: rows.flatMap((r) => [r.national, r.international]),
      };
    }
    return { year: null, rows: [], refs: [] };
  }, [placements, state.year, state.perspective, state.countries, countries, lang, t]);
}

export function useWorldSeries(placements: Dataset | null): Charted<LineSeries> {
  const { t } = useI18n();
  return useMemo(() => {
    if (!placements) return { rows: [], refs: [] };
    const points = (['total', 'national'] as const).map((type) => ({
      type,
      points: yearSeries(placements, { country: 'WLD', perspective: 'duty_station', type }),
    }));
    return {
      rows: points.map(({ type, points: p }) => ({
        key: type,
        label: t(`app.metric.${type}`),
        points: p.map((x) => ({ year: x.year, value: x.value, qualifier: x.figure?.qualifier ?? 'exact', status: x.figure?.status ?? 'reported' })),
      })),
      refs: points.flatMap(({ points: p }) => p.map((x) => x.figure)),
    };
  }, [placements, t]);
}

export function useEventRows(events: Dataset | null): Charted<EventChartRow> {
  const { lang } = useI18n();
  return useMemo(() => {
    if (!events) return { rows: [], refs: [] };
    const compared = eventComparison(events);
    return {
      rows: compared.map((e) => ({
        key: e.eventId,
        label: inLang(e.names, lang) ?? e.eventId,
        date: e.startDate ?? '',
        delegates: e.delegates?.value ?? null,
        countries: e.countries?.value ?? null,
        delegatesQualifier: e.delegates?.qualifier ?? 'exact',
        countriesQualifier: e.countries?.qualifier ?? 'exact',
        status: e.delegates?.status === 'illustrative' || e.countries?.status === 'illustrative' ? 'illustrative' : 'reported',
      })),
      refs: compared.flatMap((e) => [e.delegates, e.countries]),
    };
  }, [events, lang]);
}
