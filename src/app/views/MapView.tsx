// The world map of the selected dataset, with mode, zoom preset, year or event, and CICA outline.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { CountryList, type CountryListItem } from '../../charts/map/CountryList';
import { MapSources } from '../../charts/map/MapSources';
import { WorldMap } from '../../charts/map/WorldMap';
import type { MapOptions } from '../../charts/map/types';
import type { CountryValue } from '../../transforms/countryValues';
import { partialScope } from '../../transforms/partial';
import { yearsDiffer } from '../mixedYears';
import { naturalHeight } from '../../geo/fitProjection';
import { buildPresets } from '../../geo/presets';
import { joinCountries } from '../../geo/joinCountries';
import { loadTopology } from '../../geo/loadTopology';
import type { AtlasFeature } from '../../geo/types';
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

export function MapView({ state, update }: ViewProps) {
  const { t, lang, dir } = useI18n();
  const { status, reference, combined } = useData();
  const topology = useTopology();
  const [cicaOutline, setCicaOutline] = useState(true);
  const countries = reference?.countries;

  const features = useMemo(
    () => (topology.features && countries ? joinCountries(topology.features, countries) : null),
    [topology.features, countries],
  );
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

  // About the world map's height at this width (Equal Earth is ~half as tall as wide), so little moves on arrival.
  const reserved = Math.min(MAP_HEIGHT, Math.round((typeof window === 'undefined' ? 1280 : window.innerWidth) * 0.5));
  const measure = t(`app.metric.${shown.metric}`);
  const valueText = useCallback((v: CountryValue | undefined) => {
    const text = v?.tookPart && v.value === null ? t('map.legend.tookPart') : formatCount(v?.value ?? null, v?.qualifier, lang);
    const marked = partialScope(v?.note) ? `${text} \u00b7 ${t('figure.partial')}` : text;
    // Without a chosen year each country shows its latest figure: where those differ, each value says its date.
    const dated = mixedDates && v?.date ? `${marked} (${formatIsoDate(v.date, lang)})` : marked;
    return v?.status === 'illustrative' ? `${dated} (${t('status.illustrative')})` : dated;
  }, [t, lang, mixedDates]);
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
        {partialScope(v?.note) ? <div className="figure-partial">{t('figure.partialNote', { scope: partialScope(v?.note) ?? '' })}</div> : null}
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
      <DataGate height={reserved}>
        {topology.error ? (
          <p className="notice notice--error" role="alert">{t('map.loadError', { message: topology.error })}</p>
        ) : features && options ? (
          <>
          {values.size === 0 ? <p className="notice">{t('app.map.noValues')}</p> : null}
          {mixedDates && shown.dataset !== 'delegates' ? <p className="notice" role="status">{t('map.mixedYears')}</p> : null}
          <ChartFrame height={MAP_HEIGHT}>
            {(width, height) => (
              <WorldMap
                features={features}
                values={values}
                width={width}
                // As tall as the preset's countries need at this width (no empty bands), within the reserved height.
                height={Math.min(height, Math.max(160, naturalHeight(features, options.preset, width)))}
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
                members: countries?.filter((c) => c.cica === 'member').length ?? 0,
                observers: countries?.filter((c) => c.cica === 'observer').length ?? 0,
              })}
            </p>
          ) : null}
          <MapSources values={values.values()} />
          <CountryList items={listItems} onSelect={openCountry} />
          </>
        ) : (
          <Skeleton height={reserved} label={t('map.loading')} />
        )}
      </DataGate>
    </section>
  );
}
