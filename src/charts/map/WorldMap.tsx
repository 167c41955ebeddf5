// The interactive map: layout + SVG + tooltip + legend. Size comes from the caller (a ResizeObserver frame).
import { useId, useMemo, useState, type PointerEvent, type ReactNode } from 'react';
import { Tooltip } from '../../components/Tooltip';
import { useI18n } from '../../i18n/I18nContext';
import { layoutShapes, type MapGeometry } from './layout';
import { MapLegend } from './MapLegend';
import { MapSvg } from './MapSvg';
import './mapSpace.css';
import type { MapOptions, MapValues } from './types';

export interface WorldMapProps {
  /** Shapes projected at this width and height (by the geometry worker, see projectShapes.ts). */
  readonly geometry: MapGeometry;
  readonly values: MapValues;
  readonly width: number;
  readonly height: number;
  readonly options: MapOptions;
  /** Accessible name of the map, e.g. "Map of delegates by country". */
  readonly title: string;
  /** Legend heading: what the values count. */
  readonly legendTitle?: string;
  readonly labelFor: (iso3: string) => string;
  /** Tooltip content for a country with data: name, value, qualifier, source, in the current language. */
  readonly renderTooltip: (iso3: string) => ReactNode;
  readonly onSelect?: (iso3: string) => void;
}

interface Active {
  readonly iso3: string;
  readonly x: number;
  readonly y: number;
}

export function WorldMap(props: WorldMapProps) {
  const { geometry: projected, values, width, height, options, title, legendTitle, labelFor, renderTooltip, onSelect } = props;
  const { dir } = useI18n();
  const id = useId();
  // Keyed on the option fields, so a caller rebuilding an equal options object does not re-project the world.
  const { mode, preset, highlighted, cicaOutline, direction, scaleValues } = options;
  const geometry = useMemo(() => {
    const opts = { mode, preset, highlighted, cicaOutline, direction, ...(scaleValues ? { scaleValues } : {}) };
    return layoutShapes(projected, values, opts);
  }, [projected, values, mode, preset, highlighted, cicaOutline, direction, scaleValues]);
  const [active, setActive] = useState<Active | null>(null);

  const onPointerCountry = (iso3: string | null, event: PointerEvent<SVGElement>) => {
    if (iso3 === null || !geometry.anchors.has(iso3)) return setActive(null);
    const box = event.currentTarget.ownerSVGElement?.getBoundingClientRect() ?? (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    setActive({ iso3, x: event.clientX - box.left, y: event.clientY - box.top });
  };
  const onFocusCountry = (iso3: string | null) => {
    const anchor = iso3 === null ? undefined : geometry.anchors.get(iso3);
    setActive(iso3 !== null && anchor ? { iso3, x: anchor[0], y: anchor[1] } : null);
  };

  const tooltipId = `${id}-tooltip`;
  return (
    <figure className="world-map-figure">
      <div style={{ position: 'relative', width, height }}>
        <MapSvg
          layout={geometry}
          title={title}
          labelFor={labelFor}
          idPrefix={id}
          active={active?.iso3 ?? null}
          tooltipId={tooltipId}
          onPointerCountry={onPointerCountry}
          onFocusCountry={onFocusCountry}
          onSelect={onSelect}
        />
        {active && (
          <Tooltip id={tooltipId} x={active.x} y={active.y} containerWidth={width} containerHeight={height}>
            <div dir={dir}>{renderTooltip(active.iso3)}</div>
          </Tooltip>
        )}
      </div>
      <figcaption>
        <MapLegend legend={geometry.legend} title={legendTitle} />
      </figcaption>
    </figure>
  );
}
