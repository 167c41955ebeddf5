// Every loaded dataset with the sources its rows cite.
import { useI18n } from '../../i18n/I18nContext';
import type { Dataset } from '../../data/types';
import { SourceNote } from '../../components/SourceNote';
import { useData } from '../DataContext';
import { DataGate } from '../components/DataGate';
import type { ViewProps } from './types';

interface CitedSource {
  readonly source: string;
  readonly url: string | null;
}

/** Distinct (source, url) pairs cited by a dataset's rows, in first-use order. */
export function citedSources(ds: Dataset): CitedSource[] {
  const source = ds.columns.source;
  const url = ds.columns.source_url;
  if (!source || source.type !== 'code') return [];
  const seen = new Map<string, CitedSource>();
  for (let r = 0; r < ds.rowCount; r++) {
    const s = source.dictionary[source.codes[r] ?? -1];
    if (s === undefined) continue;
    const u = url && url.type === 'code' ? (url.dictionary[url.codes[r] ?? -1] ?? null) : null;
    const key = `${s}\u0000${u ?? ''}`;
    if (!seen.has(key)) seen.set(key, { source: s, url: u });
  }
  return [...seen.values()];
}

export function SourcesView(_props: ViewProps) {
  const { t, number } = useI18n();
  const { datasets } = useData();
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t('app.sources.title')}</h2>
      <DataGate height={480} empty={datasets.length === 0}>
        <ul className="sources-list">
          {datasets.map((ds) => (
            <li key={ds.id} className="card">
              <h3>{ds.name}</h3>
              <p>
                {t(`app.sources.origin.${ds.origin}`)} · {t('app.sources.rows')}: {number.format(ds.rowCount)}
              </p>
              {citedSources(ds).map((c) => (
                <SourceNote key={`${c.source}|${c.url ?? ''}`} source={c.source} url={c.url} />
              ))}
            </li>
          ))}
        </ul>
      </DataGate>
    </section>
  );
}
