// The world map of the selected dataset, with mode, zoom preset, year or event, and CICA outline.
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { CountryList, type CountryListItem } from '../../charts/map/CountryList';
import { MapSources } from '../../charts/map/MapSources';
import { WorldMap, type WorldMapProps } from '../../charts/map/WorldMap';
import type { MapOptions } from '../../charts/map/types';
import type { CountryValue } from '../../transforms/countryValues';
import { buildPresets } from '../../geo/presets';
import type { Country } from '../../data/types';
import { ChartFrame } from '../../components/ChartFrame';
import { SourceNote } from '../../components/SourceNote';
import { useI18n } from '../../i18n/I18nContext';
import { formatCount } from '../../scales/format';
import { MAP_MODES, REGIONS } from '../../state/viewState';
import { useData } from '../DataContext';
import { countryName } from '../countryName';
import { formatIsoDate } from '../formatDate';
import { DataGate } from '../components/DataGate';
import { Segmented } from '../components/Segmented';
import { Skeleton } from '../components/Skeleton';
import { SelectionControls } from './SelectionControls';
import { allYearValues, mapSelection } from './mapSelection';
import type { ViewProps } from './types';
import { useMapGeometry } from './useMapGeometry';

const MAP_HEIGHT = 520;
const MIN_MAP_HEIGHT = 160;
/** Width over height of the world without Antarctica in Equal Earth: the space kept while the map is drawn. */
const WORLD_ASPECT = 2.19;
const NO_FEATURES: WorldMapProps['features'] = [];

type DrawingProps = Omit<WorldMapProps, 'features' | 'geometry' | 'width' | 'height'> & {
  readonly width: number;
  readonly maxHeight: number;
  readonly countries: readonly Country[];
  readonly loading: string;
  readonly failed: (message: string) => ReactNode;
};

/** The map at the frame's width, once the geometry worker has projected it; the space is kept meanwhile. */
function MapDrawing({ width, maxHeight, countries, loading, failed, ...map }: DrawingProps) {
  const codes = useMemo(() => countries.map((c) => ({ iso3: c.iso3, numeric: c.numeric })), [countries]);
  const { geometry, error } = useMapGeometry({ preset: map.options.preset, width, minHeight: MIN_MAP_HEIGHT, maxHeight, countries: codes });
  if (error) return <>{failed(error)}</>;
  if (!geometry) {
    return (
      <div className="skeleton" role="status" aria-busy="true"
        style={{ aspectRatio: String(WORLD_ASPECT), minBlockSize: MIN_MAP_HEIGHT, maxBlockSize: maxHeight }}>
        <span className="visually-hidden">{loading}</span>
      </div>
    );
  }
  return <WorldMap {...map} features={NO_FEATURES} geometry={geometry} width={geometry.width} height={geometry.height} />;
}

export function MapView({ state, update }: ViewProps) {
  const { t, lang, dir } = useI18n();
  const { status, reference, combined } = useData();
  const [cicaOutline, setCicaOutline] = useState(true);
  const countries = reference?.countries;

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

  return (
    <section aria-labelledby="map-title">
      <div className="view-toolbar">
        <h2 id="map-title" tabIndex={-1}>{t('app.map.title')}</h2>
      </div>
      <div className="toolbar-group">
        <Segmented legend={t('app.map.mode')} options={MAP_MODES} value={state.mode} labelOf={(m) => t(`map.mode.${m}`)} onChange={(mode) => update({ mode })} />
        <Segmented legend={t('app.map.preset')} options={REGIONS} value={state.region} labelOf={(r) => t(`map.preset.${r}`)} onChange={(region) => update({ region })} />
        <label className="field">
          <input type="checkbox" checked={cicaOutline} onChange={(e) => setCicaOutline(e.target.checked)} />
          {t('map.cicaOutline')}
        </label>
      </div>
      <SelectionControls state={shown} update={update} />
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
      <DataGate height={MAP_HEIGHT}>
        {options && countries ? (
          <>
          {values.size === 0 ? <p className="notice">{t('app.map.noValues')}</p> : null}
          <ChartFrame height={MAP_HEIGHT}>
            {(width, height) => (
              <MapDrawing
                width={width}
                maxHeight={height}
                countries={countries}
                loading={t('map.loading')}
                failed={(message) => <p className="notice notice--error" role="alert">{t('map.loadError', { message })}</p>}
                values={values}
                options={options}
                title={t('map.title', { measure })}
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
          <CountryList items={listItems} onSelect={openCountry} />
          </>
        ) : (
          <Skeleton height={MAP_HEIGHT} label={t('map.loading')} />
        )}
      </DataGate>
    </section>
  );
}
