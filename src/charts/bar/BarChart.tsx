// Thin renderer of barLayout: geometry in, SVG out.
import { useI18n } from '../../i18n/I18nContext';
import { CHART_COLORS, type Theme } from '../../scales/colors';
import { round1 } from '../../scales/round';
import { compactFormatter, countFormatter } from '../../scales/format';
import { ChartSvg, HatchPattern } from '../../components/ChartSvg';
import { IllustrativeBadgeSvg } from '../../components/IllustrativeBadge';
import { SvgText } from '../../components/SvgText';
import { ValueAxisSvg } from '../ValueAxisSvg';
import { barLayout } from './layout';
import type { BarOptions, BarRow } from './types';

export interface BarChartProps {
  readonly rows: readonly BarRow[];
  readonly width: number;
  readonly height: number;
  /** Accessible name of the chart. */
  readonly title: string;
  readonly description?: string;
  /** Anything not given comes from the current language (labels, formats, direction). */
  readonly options?: Partial<BarOptions>;
  readonly theme?: Theme;
}

/** Options for the current language, overridden by the caller's. */
export function useBarOptions(options: Partial<BarOptions> | undefined): BarOptions {
  const { t, lang, dir } = useI18n();
  return {
    topN: 10,
    otherLabel: (count) => t('charts.other', { count }),
    totalLabel: (value) => t('charts.total', { value }),
    formatValue: countFormatter(lang),
    noDataLabel: t('noData'),
    formatTick: compactFormatter(lang),
    direction: dir,
    badgeLabel: t('status.illustrative'),
    caveatMark: t('figure.partial'),
    ...options,
  };
}

export function BarChart({ rows, width, height, title, description, options, theme = 'light' }: BarChartProps) {
  const { t } = useI18n();
  const opts = useBarOptions(options);
  const g = barLayout(rows, width, height, opts);
  const c = CHART_COLORS[theme];
  const dir = g.direction;
  const top = g.bars[0] ? round1(g.bars[0].y - 4) : 0;
  return (
    <ChartSvg width={g.width} height={g.height} title={title} description={description} className="chart chart-bar">
      {(id) => (
        <>
          <defs>
            <HatchPattern id={`${id}-hatch`} />
          </defs>
          <ValueAxisSvg ticks={g.axis.ticks} top={top} y={g.axis.y} fontSize={g.fontSize} dir={dir} gridColor={c.grid} labelColor={c.muted} />
          {g.bars.map((b) => {
            const fill = b.isOther ? c.axis : (b.color ?? (b.highlighted ? c.highlight : c.bar));
            const illustrative = b.status === 'illustrative';
            const tip = t('charts.value.title', { label: b.label, value: b.valueText }) + (b.caveat ? `. ${b.caveat}` : '')
              + (b.source ? `. ${t('charts.source', { source: b.source })}` : '');
            return (
              <g key={b.key} className={`bar${illustrative ? ' bar-illustrative' : ''}`} fontSize={g.fontSize}>
                <title>{illustrative ? `${tip} (${t('status.illustrative')})` : tip}</title>
                {b.width > 0 ? <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={fill} /> : null}
                {illustrative && b.width > 0 ? (
                  <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={`url(#${id}-hatch)`} stroke={fill} strokeDasharray="3 2" />
                ) : null}
                <SvgText x={b.labelX} y={b.centerY} align={b.labelAlign} dir={dir} text={b.shownLabel} full={b.label} fill={c.text} fontWeight={b.highlighted ? 700 : 400} />
                <SvgText x={b.valueX} y={b.centerY} align={b.valueAlign} dir={dir} text={b.valueText} fill={b.value === null ? c.muted : c.text} fontStyle={b.value === null ? 'italic' : undefined} />
              </g>
            );
          })}
          <line x1={g.baselineX} x2={g.baselineX} y1={top} y2={g.axis.y} stroke={c.axis} />
          {g.total ? <SvgText x={g.total.x} y={g.total.y} align={g.total.align} dir={dir} text={g.total.text} fill={c.text} fontSize={g.fontSize} fontWeight={600} /> : null}
          {g.badge ? <IllustrativeBadgeSvg x={g.badge.x} y={g.badge.y} dir={dir} /> : null}
        </>
      )}
    </ChartSvg>
  );
}
