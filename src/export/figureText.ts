// The words around an exported figure: its source lines (with dates) and whether any figure is illustrative.
import { distinctSources, type SourceRef } from '../components/ChartSources';
import { sourceDateToShow } from '../components/sourceDate';
import { formatIsoDate } from '../app/formatDate';
import type { Lang } from '../data/types';
import type { Translate } from '../i18n/translate';

/** "Source: X, 12 May 2024", one per distinct source and date, in first-seen order. */
export function sourceLines(refs: readonly (SourceRef | null | undefined)[], t: Translate, lang: Lang): string[] {
  return distinctSources(refs).map((s) => {
    const date = sourceDateToShow(s.source, s.date);
    return date
      ? t('charts.sourceWithDate', { source: s.source, date: formatIsoDate(date, lang) })
      : t('charts.source', { source: s.source });
  });
}

export function anyIllustrative(refs: readonly (SourceRef | null | undefined)[]): boolean {
  return refs.some((r) => r?.status === 'illustrative');
}
