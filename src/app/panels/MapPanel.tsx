// The world map of the selected dataset: choropleth or symbols, the zoom preset, CICA outline, sources, country list.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CountryList, type CountryListItem } from '../../charts/map/CountryList';
import { MapSources } from '../../charts/map/MapSources';
import { WorldMap } from '../../charts/map/WorldMap';
import type { MapOptions } from '../../charts/map/types';
import type { CountryValue } from '../../transforms/countryValues';
import { naturalHeight } from '../../geo/fitProjection';
import { buildPresets } from '../../geo/presets';
import { joinCountries } from '../../geo/joinCountries';
import { loadTopology } from '../../geo/loadTopology';
import type { AtlasFeature } from '../../geo/types';
import { ChartFrame } from '../../components/ChartFrame';
import { SourceNote } from '../../components/SourceNote';
import { useI18n } from '../../i18n/I18nContext';
import { formatCount } from '../../scales/format';
import { useData } from '../DataContext';
import { countryName } from '../countryName';
import { formatIsoDate } from '../formatDate';
import { DataGate } from '../components/DataGate';
import { Skeleton } from '../components/Skeleton';
import { barSummary } from '../../charts/bar/summary';
import { barTable } from '../../charts/bar/table';
import { PanelActions } from '../../components/PanelActions';
import { allYearValues, mapSelection } from '../views/mapSelection';
import { useRankedRows } from '../views/ChartsViewData';
import type { ChartPanelViewProps } from './types';
import { useStateSubtitle } from './figureSubtitle';

const MAP_HEIGHT = 520;

function useTopology(): { features: AtlasFeature[] | null; error: string | null } {
  const [result, setResult] = useState<{ features: AtlasFeature[] | null; error: string | null }>({ features: null, error: null });
  useEffect(() => {
    let live = true;
    loadTopology()
      .then((features) => live && setResult({ features, error: null }))
      .catch((e: unknown) => live && setResult({ features: null, error: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, []);
  return result;
}

export interface MapPanelProps extends ChartPanelViewProps {
  /** Outline the CICA member and observer states. */
  readonly cicaOutline?: boolean;
  /** The searchable list of every country under the map (the keyboard and screen-reader way in). */
  readonly countryList?: boolean;
}

export function MapPanel({ state, update, chartHeight = MAP_HEIGHT, cicaOutline = true, countryList = true }: MapPanelProps) {
  const { t, lang, dir } = useI18n();
  const { status, reference, combined } = useData();
  const topology = useTopology();
  const ref = useRef<HTMLDivElement | null>(null);
  const ranked = useRankedRows(state);
  const countries = reference?.countries;

  const features = useMemo(
    () => (topology.features && countries ? joinCountries(topology.features, countries) : null),
    [topology.features, countries],
  );
  // The defaults may have no per-country figure (all UN Volunteers): then the map shows the first measure that has.
  const selection = useMemo(() => (status === 'ready' ? mapSelection(state, combined) : null), [status, state, combined]);
  const shown = selection?.state ?? state;
  const values = useMemo(() => selection?.values ?? new Map<string, CountryValue>(), [selection]);
  const scaleValues = useMemo(() => (status === 'ready' ? allYearValues(shown, combined) : []), [status, shown, combined]);
  const options = useMemo<MapOptions | null>(() => {
    if (!countries) return null;
    const presets = buildPresets(countries);
    return {
      mode: state.mode,
      preset: presets[state.region],
      highlighted: new Set(state.countries),
      cicaOutline: cicaOutline ? new Set(countries.filter((c) => c.cica !== 'none').map((c) => c.iso3)) : null,
      direction: dir,
      scaleValues,
    };
  }, [countries, state.mode, state.region, state.countries, cicaOutline, dir, scaleValues]);

  // About the world map's height at this width (Equal Earth is ~half as tall as wide), so little moves on arrival.
  const reserved = Math.min(chartHeight, Math.round((typeof window === 'undefined' ? 1280 : window.innerWidth) * 0.5));
  const measure = t(`app.metric.${shown.metric}`);
  const valueText = useCallback((v: CountryValue | undefined) => {
    const text = v?.tookPart && v.value === null ? t('map.legend.tookPart') : formatCount(v?.value ?? null, v?.qualifier, lang);
    return v?.status === 'illustrative' ? `${text} (${t('status.illustrative')})` : text;
  }, [t, lang]);
  const listItems = useMemo<CountryListItem[]>(
    () => (countries ?? []).map((c) => {
      const v = values.get(c.iso3);
      return { iso3: c.iso3, name: c.names[lang], valueText: valueText(v), hasValue: v !== undefined };
    }),
    [countries, values, lang, valueText],
  );
  const openCountry = (iso3: string) => update({ view: 'country', countries: [iso3] }, 'push');
  const renderTooltip = (iso3: string) => {
    const v = values.get(iso3);
    return (
      <>
        <strong>{countryName(countries, iso3, lang)}</strong>
        <div>{v?.tookPart && v.value === null ? t('map.legend.tookPart') : formatCount(v?.value ?? null, v?.qualifier, lang)}</div>
        {selection?.fellBack ? <div>{measure} ({t(`app.perspective.${shown.perspective}`)})</div> : null}
        {v?.date ? <div>{formatIsoDate(v.date, lang)}</div> : null}
        {v?.status === 'illustrative' ? <div>{t('status.illustrative')}</div> : null}
        {v?.source ? <SourceNote source={v.source} url={v.sourceUrl} /> : null}
      </>
    );
  };

  const title = t('map.title', { measure });
  const subtitle = useStateSubtitle(t, shown);
  const ctx = { t, lang };
  return (
    <div ref={ref} className="map-panel" data-chart-id="map">
      <PanelActions panel={{
        chartId: 'map', title, subtitle, element: ref, sources: [...values.values()],
        summary: barSummary(ranked.rows, ctx, { summable: true }),
        table: barTable(ranked.rows, ctx, { caption: title, label: t('charts.table.country'), value: measure }),
      }} />
      {selection?.fellBack ? (
        <p className="notice" role="status">
          {t('app.map.fallback', {
            chosen: t(`app.metric.${state.metric}`),
            chosenPerspective: t(`app.perspective.${state.perspective}`),
            shown: measure,
            perspective: t(`app.perspective.${shown.perspective}`),
          })}
        </p>
      ) : null}
      <DataGate height={reserved}>
        {topology.error ? (
          <p className="notice notice--error" role="alert">{t('map.loadError', { message: topology.error })}</p>
        ) : features && options ? (
          <>
          {values.size === 0 ? <p className="notice">{t('app.map.noValues')}</p> : null}
          <ChartFrame height={chartHeight}>
            {(width, height) => (
              <WorldMap
                features={features}
                values={values}
                width={width}
                // As tall as the preset's countries need at this width (no empty bands), within the reserved height.
                height={Math.min(height, Math.max(160, naturalHeight(features, options.preset, width)))}
                options={options}
                title={title}
                legendTitle={measure}
                labelFor={(iso3) => countryName(countries, iso3, lang)}
                renderTooltip={renderTooltip}
                onSelect={openCountry}
              />
            )}
          </ChartFrame>
          {state.region === 'cica' ? (
            <p className="map-note" style={{ fontSize: 12, color: 'var(--muted)', margin: '4px 0 0' }}>
              {t('map.preset.cicaNote', {
                members: countries?.filter((c) => c.cica === 'member').length ?? 0,
                observers: countries?.filter((c) => c.cica === 'observer').length ?? 0,
              })}
            </p>
          ) : null}
          <MapSources values={values.values()} />
          {countryList ? <CountryList items={listItems} onSelect={openCountry} /> : null}
          </>
        ) : (
          <Skeleton height={reserved} label={t('map.loading')} />
        )}
      </DataGate>
    </div>
  );
}
