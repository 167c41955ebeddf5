// The world map of the selected dataset: choropleth or symbols, the zoom preset, CICA outline, sources, country list.
import { useCallback, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { CountryList, type CountryListItem } from '../../charts/map/CountryList';
import { MapSources } from '../../charts/map/MapSources';
import { WorldMap, type WorldMapProps } from '../../charts/map/WorldMap';
import { MapLegend } from '../../charts/map/MapLegend';
import { provisionalLegend } from '../../charts/map/layout';
import type { MapOptions } from '../../charts/map/types';
import type { CountryValue } from '../../transforms/countryValues';
import { partialScope } from '../../transforms/partial';
import { yearsDiffer } from '../mixedYears';
import { buildPresets } from '../../geo/presets';
import { expectedHeight } from '../../geo/presetAspect';
import type { Country } from '../../data/types';
import { ChartFrame } from '../../components/ChartFrame';
import { SourceNote } from '../../components/SourceNote';
import { useI18n } from '../../i18n/I18nContext';
import { formatCount } from '../../scales/format';
import { formatIndicator } from '../../scales/formatIndicator';
import { chosenIndicator, indicatorsOf } from '../../transforms/indicators';
import { useData } from '../dataApi';
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
import { useMapGeometry } from '../views/useMapGeometry';
import { useStateSubtitle } from './figureSubtitle';
import '../../charts/map/mapSpace.css';

const MAP_HEIGHT = 520;

const MIN_MAP_HEIGHT = 160;

type DrawingProps = Omit<WorldMapProps, 'geometry' | 'width' | 'height'> & {
  readonly width: number;
  /** False while the frame's fallback width stands in: the shapes are projected for the measured width only. */
  readonly measured: boolean;
  readonly maxHeight: number;
  readonly countries: readonly Country[];
  readonly loading: string;
  readonly failed: (message: string) => ReactNode;
};

/** The map at the frame's width, once the geometry worker has projected it; the space is kept meanwhile. */
function MapDrawing({ width, measured, maxHeight, countries, loading, failed, ...map }: DrawingProps) {
  const codes = useMemo(() => countries.map((c) => ({ iso3: c.iso3, numeric: c.numeric })), [countries]);
  const { geometry, error } = useMapGeometry(measured ? { preset: map.options.preset, width, minHeight: MIN_MAP_HEIGHT, maxHeight, countries: codes } : null);
  // The height the worker will give the map (mapGeometry.ts): the legend's circle sizes depend on it.
  const height = Math.min(maxHeight, Math.max(MIN_MAP_HEIGHT, expectedHeight(map.options.preset.id, width)));
  const legend = useMemo(
    () => (geometry ? null : provisionalLegend(codes.map((c) => c.iso3), map.values, map.options, width, height)),
    [geometry, codes, map.values, map.options, width, height],
  );
  if (error) return <>{failed(error)}</>;
  if (!geometry) {
    // The map's space (mapSpace.css: sized by CSS, so it is right in the prerendered page too, before any script
    // has measured the frame) and its legend are kept while the shapes are projected: nothing under the map moves.
    return (
      <figure className="world-map-figure">
        <div className={`skeleton map-space map-space--${map.options.preset.id}`} role="status" aria-busy="true"
          style={maxHeight === MAP_HEIGHT ? undefined : ({ '--map-max-height': `${maxHeight}px` } as CSSProperties)}>
          <span className="visually-hidden">{loading}</span>
        </div>
        {legend ? <figcaption><MapLegend legend={legend} title={map.legendTitle} /></figcaption> : null}
      </figure>
    );
  }
  return <WorldMap {...map} geometry={geometry} width={geometry.width} height={geometry.height} />;
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
  const ref = useRef<HTMLDivElement | null>(null);
  const ranked = useRankedRows(state);
  const countries = reference?.countries;

  // The defaults may have no per-country figure (all UN Volunteers): then the map shows the first measure that has.
  const selection = useMemo(() => (status === 'ready' ? mapSelection(state, combined) : null), [status, state, combined]);
  const shown = selection?.state ?? state;
  const values = useMemo(() => selection?.values ?? new Map<string, CountryValue>(), [selection]);
  const mixedDates = useMemo(() => yearsDiffer(values.values()), [values]);
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

  const measure = t(`app.metric.${shown.metric}`);
  const unit = useMemo(() => (shown.dataset === 'indicators' ? chosenIndicator(indicatorsOf(combined('indicators')), shown.indicator)?.unit ?? null : null), [shown.dataset, shown.indicator, combined]);
  const format = useCallback((v: CountryValue | undefined) => (unit
    ? formatIndicator(v?.value ?? null, unit, v?.qualifier, lang, t('indicator.perThousand'))
    : formatCount(v?.value ?? null, v?.qualifier, lang)), [unit, lang, t]);
  const valueText = useCallback((v: CountryValue | undefined) => {
    const text = v?.tookPart && v.value === null ? t('map.legend.tookPart') : format(v);
    const marked = partialScope(v?.note) ? `${text} \u00b7 ${t('figure.partial')}` : text;
    // Without a chosen year each country shows its latest figure: where those differ, each value says its date.
    const dated = mixedDates && v?.date ? `${marked} (${formatIsoDate(v.date, lang)})` : marked;
    return v?.status === 'illustrative' ? `${dated} (${t('status.illustrative')})` : dated;
  }, [t, lang, format, mixedDates]);
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
        <div>{v?.tookPart && v.value === null ? t('map.legend.tookPart') : format(v)}</div>
        {selection?.fellBack ? <div>{measure} ({t(`app.perspective.${shown.perspective}`)})</div> : null}
        {v?.date ? <div>{formatIsoDate(v.date, lang)}</div> : null}
        {v?.status === 'illustrative' ? <div>{t('status.illustrative')}</div> : null}
        {partialScope(v?.note) ? <div className="figure-partial">{t('figure.partialNote', { scope: partialScope(v?.note) ?? '' })}</div> : null}
        {v?.source ? <SourceNote source={v.source} url={v.sourceUrl} /> : null}
      </>
    );
  };

  const title = t('map.title', { measure });
  const subtitle = useStateSubtitle(t, shown);
  const ctx = { t, lang, ...(unit ? { formatValue: (value: number) => formatIndicator(value, unit, undefined, lang, t('indicator.perThousand')) } : {}) };
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
      <DataGate height={chartHeight}>
        {options && countries ? (
          <>
          {values.size === 0 ? <p className="notice">{t('app.map.noValues')}</p> : null}
          {mixedDates && shown.dataset !== 'delegates' ? <p className="notice" role="status">{t('map.mixedYears')}</p> : null}
          <ChartFrame height={chartHeight} holdsItsSpace>
            {(width, height, measured) => (
              <MapDrawing
                width={width}
                measured={measured}
                maxHeight={height}
                countries={countries}
                loading={t('map.loading')}
                failed={(message) => <p className="notice notice--error" role="alert">{t('map.loadError', { message })}</p>}
                values={values}
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
                members: countries.filter((c) => c.cica === 'member').length,
                observers: countries.filter((c) => c.cica === 'observer').length,
              })}
            </p>
          ) : null}
          <MapSources values={values.values()} />
          {countryList ? <CountryList items={listItems} onSelect={openCountry} /> : null}
          </>
        ) : (
          <Skeleton height={chartHeight} label={t('map.loading')} />
        )}
      </DataGate>
    </div>
  );
}
