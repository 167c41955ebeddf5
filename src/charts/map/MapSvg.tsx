// The map's SVG: geometry from layout() -> elements. No state; the caller tracks hover, focus and selection.
import { useMemo, type KeyboardEvent, type PointerEvent } from 'react';
import { backgroundGroups } from './backgroundGroups';
import { MapPatterns } from './MapPatterns';
import { MAP_COLORS } from './palette';
import type { MapLayout } from './types';

export interface MapSvgProps {
  readonly layout: MapLayout;
  /** Accessible name of the whole map. */
  readonly title: string;
  /** Accessible name of one country (name and value, in the current language). */
  readonly labelFor: (iso3: string) => string;
  /** Prefix for pattern ids; unique per page (useId()). */
  readonly idPrefix: string;
  /** Hovered or focused country: outlined on top. */
  readonly active?: string | null;
  /** Id of the tooltip describing the active country. */
  readonly tooltipId?: string;
  readonly onPointerCountry?: (iso3: string | null, event: PointerEvent<SVGElement>) => void;
  readonly onFocusCountry?: (iso3: string | null) => void;
  readonly onSelect?: (iso3: string) => void;
}

export function MapSvg({ layout, title, labelFor, idPrefix, active, tooltipId, onPointerCountry, onFocusCountry, onSelect }: MapSvgProps) {
  const activePath = active ? layout.paths.find((p) => p.iso3 === active) : undefined;
  const background = useMemo(() => backgroundGroups(layout.paths), [layout.paths]);
  const keyDown = (iso3: string) => (event: KeyboardEvent<SVGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect?.(iso3);
    } else if (event.key === 'Escape') {
      onFocusCountry?.(null);
    }
  };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-label={title}
      className="world-map"
      style={{ display: 'block', direction: 'ltr' }}
      onPointerLeave={onPointerCountry ? (e) => onPointerCountry(null, e) : undefined}
    >
      <MapPatterns idPrefix={idPrefix} />
      <g strokeLinejoin="round">
        {background.groups.map((g) => (
          <path
            key={g.key}
            d={g.d}
            fill={g.pattern ? `url(#${idPrefix}-${g.pattern})` : g.fill}
            stroke={g.stroke}
            strokeWidth={g.strokeWidth}
            aria-hidden="true"
            onPointerEnter={onPointerCountry ? (e) => onPointerCountry(null, e) : undefined}
          />
        ))}
        {background.focusable.map((p) => {
          const fill = p.pattern ? `url(#${idPrefix}-${p.pattern})` : p.fill;
          const iso3 = p.iso3;
          return (
            <path
              key={p.key}
              d={p.d}
              fill={fill}
              stroke={p.stroke}
              strokeWidth={p.strokeWidth}
              tabIndex={0}
              role="button"
              aria-label={labelFor(iso3)}
              aria-describedby={active === iso3 ? tooltipId : undefined}
              data-iso3={iso3}
              style={{ outline: 'none', cursor: onSelect ? 'pointer' : undefined }}
              onPointerEnter={onPointerCountry ? (e) => onPointerCountry(iso3, e) : undefined}
              onPointerMove={onPointerCountry ? (e) => onPointerCountry(iso3, e) : undefined}
              onFocus={onFocusCountry ? () => onFocusCountry(iso3) : undefined}
              onBlur={onFocusCountry ? () => onFocusCountry(null) : undefined}
              onClick={onSelect ? () => onSelect(iso3) : undefined}
              onKeyDown={keyDown(iso3)}
            />
          );
        })}
      </g>
      {layout.illustrativeOverlays.length > 0 && (
        <g pointerEvents="none" aria-hidden="true" data-overlay="illustrative">
          {layout.illustrativeOverlays.map((o) => (
            <path key={o.key} d={o.d} fill={`url(#${idPrefix}-illustrative)`} stroke={MAP_COLORS.illustrativeStroke} strokeWidth={0.9} strokeDasharray="2 1.5" />
          ))}
        </g>
      )}
      {layout.cicaOutline && (
        <g fill="none" strokeLinejoin="round" pointerEvents="none" aria-hidden="true">
          {/* Defined once without stroke attributes, so both <use> copies take their own stroke. */}
          <defs>
            <path d={layout.cicaOutline} id={`${idPrefix}-cica`} />
          </defs>
          <use href={`#${idPrefix}-cica`} stroke={MAP_COLORS.halo} strokeWidth={2.4} strokeOpacity={0.85} />
          <use href={`#${idPrefix}-cica`} stroke={MAP_COLORS.cica} strokeWidth={1.1} strokeDasharray="3 2" />
        </g>
      )}
      <g aria-hidden="true">
        {layout.markers.map((m) => (
          <circle
            key={m.iso3}
            cx={m.cx}
            cy={m.cy}
            r={m.r}
            fill={m.pattern ? `url(#${idPrefix}-${m.pattern})` : m.fill}
            stroke={MAP_COLORS.markerStroke}
            strokeWidth={0.8}
            onPointerEnter={onPointerCountry ? (e) => onPointerCountry(m.iso3, e) : undefined}
            onPointerMove={onPointerCountry ? (e) => onPointerCountry(m.iso3, e) : undefined}
            onClick={onSelect ? () => onSelect(m.iso3) : undefined}
          />
        ))}
      </g>
      <g fill="none" strokeLinejoin="round" pointerEvents="none" aria-hidden="true">
        {layout.outlines.map((o) => (
          <g key={o.key}>
            <path d={o.d} stroke={MAP_COLORS.halo} strokeWidth={3.5} strokeOpacity={0.8} />
            <path d={o.d} stroke={MAP_COLORS.highlight} strokeWidth={1.8} />
          </g>
        ))}
      </g>
      <g aria-hidden="true">
        {layout.symbols.map((s) => (
          <circle
            key={s.iso3}
            cx={s.cx}
            cy={s.cy}
            r={s.r}
            fill={MAP_COLORS.symbol}
            fillOpacity={0.62}
            stroke={MAP_COLORS.symbolStroke}
            strokeWidth={0.8}
            strokeDasharray={s.illustrative ? '2 1.5' : undefined}
            onPointerEnter={onPointerCountry ? (e) => onPointerCountry(s.iso3, e) : undefined}
            onPointerMove={onPointerCountry ? (e) => onPointerCountry(s.iso3, e) : undefined}
            onClick={onSelect ? () => onSelect(s.iso3) : undefined}
          />
        ))}
      </g>
      {activePath && (
        <g fill="none" pointerEvents="none" aria-hidden="true">
          <path d={activePath.d} stroke={MAP_COLORS.halo} strokeWidth={4} strokeLinejoin="round" />
          <path d={activePath.d} stroke={MAP_COLORS.focus} strokeWidth={2} strokeLinejoin="round" />
        </g>
      )}
    </svg>
  );
}
