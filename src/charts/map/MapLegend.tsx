// The map's key: colour classes or circle sizes, then the entries that are not values (no data, took part...).
import type { CSSProperties, ReactNode } from 'react';
import { IllustrativeBadge } from '../../components/IllustrativeBadge';
import { useI18n } from '../../i18n/I18nContext';
import { MAP_COLORS } from './palette';
import type { ColorClass, MapLegendModel } from './types';

export interface MapLegendProps {
  readonly legend: MapLegendModel;
  /** What the values count, e.g. "Delegates"; defaults to "Count". */
  readonly title?: string;
}

const SWATCH: CSSProperties = { display: 'inline-block', width: 18, height: 12, borderRadius: 2, flex: 'none', boxSizing: 'border-box' };

export const SWATCH_STYLES = {
  noData: { ...SWATCH, background: `repeating-linear-gradient(45deg, ${MAP_COLORS.noDataHatch} 0 1px, ${MAP_COLORS.noData} 1px 4px)` },
  tookPart: { ...SWATCH, background: `radial-gradient(circle, ${MAP_COLORS.tookPartDot} 0.9px, transparent 1.2px) 0 0 / 5px 5px, ${MAP_COLORS.tookPart}` },
  cica: { ...SWATCH, border: `1.5px dashed ${MAP_COLORS.cica}`, background: MAP_COLORS.halo },
  selected: { ...SWATCH, border: `2px solid ${MAP_COLORS.highlight}` },
  illustrative: {
    ...SWATCH,
    border: `1px dashed ${MAP_COLORS.illustrativeStroke}`,
    background: `repeating-linear-gradient(-45deg, ${MAP_COLORS.illustrativeHatch} 0 1.4px, rgb(31 35 40 / 0.55) 1.4px 2.1px, transparent 2.1px 5px), #6baed6`,
  },
} satisfies Record<string, CSSProperties>;

function Entry({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
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
    <div className="map-legend" dir={dir} style={{ fontSize: 12, lineHeight: 1.3, color: 'var(--text, #1f2328)' }}>
      {(legend.classes.length > 0 || legend.sizes.length > 0) && (
        <div style={{ fontWeight: 600, marginBottom: 4 }}>{title ?? t('map.legend.count')}</div>
      )}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '4px 14px', alignItems: 'center' }}>
        {legend.classes.map((c) => (
          <Entry key={c.color} swatch={<span style={{ ...SWATCH, background: c.color }} />}>
            {classLabel(c, format, range)}
          </Entry>
        ))}
        {legend.sizes.length > 0 && (
          <li style={{ display: 'flex', alignItems: 'flex-end', gap: 10 }} title={t('map.legend.sizeNote')}>
            {legend.sizes.map((s) => (
              <span key={s.value} style={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'center', gap: 2 }}>
                <svg width={2 * maxR + 2} height={2 * s.r + 2} aria-hidden="true">
                  <circle cx={maxR + 1} cy={s.r + 1} r={s.r} fill={MAP_COLORS.symbol} fillOpacity={0.62} stroke={MAP_COLORS.symbol} strokeWidth={0.8} />
                </svg>
                <span>{format(s.value)}</span>
              </span>
            ))}
          </li>
        )}
        {legend.tookPart && <Entry swatch={<span style={SWATCH_STYLES.tookPart} />}>{t('map.legend.tookPart')}</Entry>}
        {legend.noData && <Entry swatch={<span style={SWATCH_STYLES.noData} />}>{t('map.legend.noData')}</Entry>}
        {legend.cica && <Entry swatch={<span style={SWATCH_STYLES.cica} />}>{t('map.legend.cica')}</Entry>}
        {legend.highlighted && <Entry swatch={<span style={SWATCH_STYLES.selected} />}>{t('map.legend.selected')}</Entry>}
      </ul>
      {legend.sizes.length > 0 && <div style={{ color: 'var(--muted, #57606a)', marginTop: 4 }}>{t('map.legend.sizeNote')}</div>}
      {legend.illustrative && (
        <div style={{ marginTop: 4, display: 'flex', gap: 6, alignItems: 'center' }}>
          {legend.mode === 'choropleth' ? <span style={SWATCH_STYLES.illustrative} aria-hidden="true" /> : null}
          <IllustrativeBadge />
          <span>{legend.mode === 'choropleth' ? t('map.legend.illustrativeFill') : t('map.legend.illustrative')}</span>
        </div>
      )}
    </div>
  );
}
