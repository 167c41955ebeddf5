// The map's key: colour classes or circle sizes, then the entries that are not values (no data, took part...).
import { useId, type ReactNode } from 'react';
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { useI18n } from '../../i18n/I18nContext';
import { MapPatterns, type MapPatternId } from './MapPatterns';
import { MAP_COLORS } from './palette';
import './mapLegend.css';
import type { ColorClass, MapLegendModel } from './types';

export interface MapLegendProps {
  readonly legend: MapLegendModel;
  /** What the values count, e.g. "Delegates"; defaults to "Count". */
  readonly title?: string;
}

type SwatchKind = 'noData' | 'tookPart' | 'cica' | 'selected' | 'illustrative';

/**
 * A legend swatch: a small SVG whose colours are attributes, not a style, so a prerendered page shows it under a
 * strict CSP (style-src 'self'). The export reads it back (src/export/htmlLegend.ts): the rect's fill, or its
 * pattern's base colour and lines; its stroke and dashes.
 */
export function Swatch({ kind, color }: { readonly kind?: SwatchKind; readonly color?: string }) {
  const id = useId();
  const pattern: MapPatternId | null = kind === 'noData' ? 'nodata' : kind === 'tookPart' ? 'tookpart' : kind === 'illustrative' ? 'illustrative' : null;
  const fill =
    kind === 'noData' || kind === 'tookPart' ? `url(#${id}-${pattern})`
    : kind === 'cica' ? MAP_COLORS.halo
    : kind === 'selected' ? 'none'
    : kind === 'illustrative' ? ILLUSTRATIVE_SAMPLE
    : color ?? 'none';
  const stroke =
    kind === 'cica' ? { stroke: MAP_COLORS.cica, strokeWidth: 1.5, strokeDasharray: '3 2' }
    : kind === 'selected' ? { stroke: MAP_COLORS.highlight, strokeWidth: 2 }
    : kind === 'illustrative' ? { stroke: MAP_COLORS.illustrativeStroke, strokeWidth: 1, strokeDasharray: '2 1.5' }
    : {};
  return (
    <svg className="map-swatch" width="18" height="12" viewBox="0 0 18 12" aria-hidden="true" focusable="false">
      {pattern ? <MapPatterns idPrefix={id} only={[pattern]} /> : null}
      <rect className="map-swatch__fill" x="1" y="1" width="16" height="10" rx="2" fill={fill} {...stroke} />
      {kind === 'illustrative' ? <rect x="1" y="1" width="16" height="10" rx="2" fill={`url(#${id}-illustrative)`} /> : null}
    </svg>
  );
}

/** A mid-blue class colour under the illustrative hatch, as an illustrative value's country shows it. */
const ILLUSTRATIVE_SAMPLE = '#6baed6';

function Entry({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="map-legend__entry">
      {swatch}
      <span>{children}</span>
    </li>
  );
}

/** "10–49" (whole numbers: both ends included; otherwise the next class starts at the upper end). */
function classLabel(c: ColorClass, format: (n: number) => string, range: (from: string, to: string) => string): string {
  return c.from === c.to ? format(c.from) : range(format(c.from), format(c.to));
}

export function MapLegend({ legend, title }: MapLegendProps) {
  const { t, number, dir } = useI18n();
  const format = (n: number) => number.format(n);
  const range = (from: string, to: string) => t('map.legend.range', { from, to });
  const maxR = legend.sizes[0]?.r ?? 0;
  return (
    <div className="map-legend" dir={dir}>
      {(legend.classes.length > 0 || legend.sizes.length > 0) && (
        <div className="map-legend__title">{title ?? t('map.legend.count')}</div>
      )}
      <ul className="map-legend__list">
        {legend.classes.map((c) => (
          <Entry key={c.color} swatch={<Swatch color={c.color} />}>
            {classLabel(c, format, range)}
          </Entry>
        ))}
        {legend.sizes.length > 0 && (
          <li className="map-legend__sizes" title={t('map.legend.sizeNote')}>
            {legend.sizes.map((s) => (
              <span key={s.value} className="map-legend__size">
                <svg width={2 * maxR + 2} height={2 * s.r + 2} aria-hidden="true">
                  <circle cx={maxR + 1} cy={s.r + 1} r={s.r} fill={MAP_COLORS.symbol} fillOpacity={0.62} stroke={MAP_COLORS.symbol} strokeWidth={0.8} />
                </svg>
                <span>{format(s.value)}</span>
              </span>
            ))}
          </li>
        )}
        {legend.tookPart && <Entry swatch={<Swatch kind="tookPart" />}>{t('map.legend.tookPart')}</Entry>}
        {legend.noData && <Entry swatch={<Swatch kind="noData" />}>{t('map.legend.noData')}</Entry>}
        {legend.cica && <Entry swatch={<Swatch kind="cica" />}>{t('map.legend.cica')}</Entry>}
        {legend.highlighted && <Entry swatch={<Swatch kind="selected" />}>{t('map.legend.selected')}</Entry>}
      </ul>
      {legend.sizes.length > 0 && <div className="map-legend__note">{t('map.legend.sizeNote')}</div>}
      {legend.illustrative && (
        <div className="map-legend__illustrative">
          {legend.mode === 'choropleth' ? <Swatch kind="illustrative" /> : null}
          <IllustrativeBadge />
          <span>{legend.mode === 'choropleth' ? t('map.legend.illustrativeFill') : t('map.legend.illustrative')}</span>
        </div>
      )}
    </div>
  );
}
