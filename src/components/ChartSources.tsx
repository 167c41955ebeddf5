// The sources of the figures a chart shows: one note per distinct source and date, and the Illustrative badge
// when any shown figure is illustrative.
import type { RowStatus } from '../data/types';
import { IllustrativeBadge } from './IllustrativeBadge';
import { SourceNote } from './SourceNote';
import { sourceDateToShow } from './sourceDate';

/** Where one shown figure comes from (a transforms Figure fits). */
export interface SourceRef {
  readonly source: string | null;
  readonly sourceUrl?: string | null;
  readonly sourceDate?: string | null;
  readonly status?: RowStatus;
}

export interface DistinctSource {
  readonly source: string;
  readonly url: string | null;
  readonly date: string | null;
}

/** One entry per source name and date, in first-seen order; figures without a source are skipped. */
export function distinctSources(refs: readonly (SourceRef | null | undefined)[]): DistinctSource[] {
  const seen = new Map<string, DistinctSource>();
  for (const r of refs) {
    if (!r?.source) continue;
    const key = `${r.source}\u0000${r.sourceDate ?? ''}`;
    const prev = seen.get(key);
    if (!prev) seen.set(key, { source: r.source, url: r.sourceUrl ?? null, date: r.sourceDate ?? null });
    else if (!prev.url && r.sourceUrl) seen.set(key, { ...prev, url: r.sourceUrl });
  }
  return [...seen.values()];
}

export function ChartSources({ refs, label }: { refs: readonly (SourceRef | null | undefined)[]; label: string }) {
  const sources = distinctSources(refs);
  const illustrative = refs.some((r) => r?.status === 'illustrative');
  if (sources.length === 0 && !illustrative) return null;
  return (
    <div className="chart-sources" role="group" aria-label={label}>
      {illustrative ? <IllustrativeBadge /> : null}
      {sources.map((s) => (
        <SourceNote key={`${s.source}\u0000${s.date ?? ''}`} source={s.source} url={s.url} date={sourceDateToShow(s.source, s.date)} />
      ))}
    </div>
  );
}
