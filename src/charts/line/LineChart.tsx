// Thin renderer of lineLayout.
import { useI18n } from '../../i18n/I18nContext';
import { CHART_COLORS, type Theme } from '../../scales/colors';
import { compactFormatter, countFormatter, yearFormatter } from '../../scales/format';
import { ChartSvg } from '../../components/ChartSvg';
import { IllustrativeBadgeSvg } from '../../components/IllustrativeBadge';
import { SvgLegend } from '../../components/SvgLegend';
import { SvgText } from '../../components/SvgText';
import { lineLayout } from './layout';
import { Marker } from './Marker';
import type { LineOptions, LineSeries } from './types';

export interface LineChartProps {
  readonly series: readonly LineSeries[];
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly description?: string;
  readonly options?: Partial<LineOptions>;
  readonly theme?: Theme;
}

export function LineChart({ series, width, height, title, description, options, theme = 'light' }: LineChartProps) {
  const { t, lang, dir } = useI18n();
  const opts: LineOptions = {
    formatValue: countFormatter(lang),
    formatTick: compactFormatter(lang),
    formatYear: yearFormatter(lang),
    notes: { approx: t('charts.marker.approx'), at_least: t('charts.marker.at_least'), gap: t('charts.line.gap') },
    direction: dir,
    badgeLabel: t('status.illustrative'),
    ...options,
  };
  const g = lineLayout(series, width, height, opts);
  const c = CHART_COLORS[theme];
  const d = g.direction;
  const { plot } = g;
  return (
    <ChartSvg width={g.width} height={g.height} title={title} description={description} className="chart chart-line">
      {() => (
        <>
          <SvgLegend entries={g.legend} dir={d} fontSize={g.fontSize} fill={c.text} />
          <g className="grid" stroke={c.grid}>
            {g.yTicks.map((tick) => (
              <line key={tick.value} x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            ))}
          </g>
          <g className="axis" fontSize={g.fontSize - 1} fill={c.muted}>
            {g.yTicks.map((tick) => (
              <SvgText key={tick.value} x={g.yLabelX} y={tick.y} align={g.yLabelAlign} dir={d} text={tick.label} />
            ))}
            {g.xTicks.map((tick) => (
              <SvgText key={tick.value} x={tick.x} y={plot.bottom + 12} align="middle" dir={d} text={tick.label} />
            ))}
          </g>
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={c.axis} />
          {g.series.map((s) => (
            <g key={s.key} className="series">
              <path d={s.path} fill="none" stroke={s.color} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
              {s.markers.map((m) => (
                <g key={m.year}>
                  <title>{`${s.label}, ${m.text}${m.status === 'illustrative' ? ` (${t('status.illustrative')})` : ''}`}</title>
                  <Marker x={m.x} y={m.y} shape={m.shape} color={s.color} background={c.background} dashed={m.status === 'illustrative'} />
                </g>
              ))}
            </g>
          ))}
          <g className="notes" fontSize={g.fontSize - 1} fill={c.muted}>
            {g.notes.map((n) => (
              <g key={n.text}>
                {n.shape ? <Marker x={d === 'rtl' ? g.notesX - 5 : g.notesX + 5} y={n.y} shape={n.shape} color={c.muted} background={c.background} /> : null}
                <SvgText x={d === 'rtl' ? g.notesX - 16 : g.notesX + 16} y={n.y} align={d === 'rtl' ? 'right' : 'left'} dir={d} text={n.text} />
              </g>
            ))}
          </g>
          {g.badge ? <IllustrativeBadgeSvg x={g.badge.x} y={g.badge.y} dir={d} /> : null}
        </>
      )}
    </ChartSvg>
  );
}
