// The line under the map: every distinct source of the drawn values, and the badge when any is illustrative.
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { SourceNote } from '../../components/SourceNote';
import { useI18n } from '../../i18n/I18nContext';

/** What the source line needs of a drawn value. */
export interface SourcedValue {
  readonly source: string | null;
  readonly sourceUrl: string | null;
  readonly status: string;
}

export interface MapSource {
  readonly source: string;
  readonly url: string | null;
  /** How many drawn countries cite it. */
  readonly countries: number;
}

/** Distinct sources, most cited first (ties by name), so the line reads the same on every render. */
export function distinctSources(values: Iterable<SourcedValue>): MapSource[] {
  const bySource = new Map<string, { url: string | null; countries: number }>();
  for (const v of values) {
    if (!v.source) continue;
    const seen = bySource.get(v.source);
    if (seen) bySource.set(v.source, { url: seen.url ?? v.sourceUrl, countries: seen.countries + 1 });
    else bySource.set(v.source, { url: v.sourceUrl, countries: 1 });
  }
  return [...bySource].map(([source, s]) => ({ source, ...s })).sort((a, b) => b.countries - a.countries || a.source.localeCompare(b.source));
}

export interface MapSourcesProps {
  readonly values: Iterable<SourcedValue>;
}

export function MapSources({ values }: MapSourcesProps) {
  const { t } = useI18n();
  const list = [...values];
  const sources = distinctSources(list);
  const illustrative = list.some((v) => v.status === 'illustrative');
  if (sources.length === 0 && !illustrative) return null;
  return (
    <div className="map-sources" role="group" aria-label={t('map.sources')} style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: 12 }}>
      {illustrative ? <IllustrativeBadge /> : null}
      {sources.map((s) => <SourceNote key={s.source} source={s.source} url={s.url} />)}
    </div>
  );
}
