// Thin renderer of stackedLayout.
import { useI18n } from '../../i18n/I18nContext';
import { CHART_COLORS, type Theme } from '../../scales/colors';
import { compactFormatter, countFormatter } from '../../scales/format';
import { ChartSvg, HatchPattern } from '../../components/ChartSvg';
import { IllustrativeBadgeSvg } from '../../components/IllustrativeBadge';
import { SvgLegend } from '../../components/SvgLegend';
import { SvgText } from '../../components/SvgText';
import { ValueAxisSvg } from '../ValueAxisSvg';
import { stackedLayout } from './layout';
import type { StackedOptions, StackedRow } from './types';

export interface StackedBarChartProps {
  readonly rows: readonly StackedRow[];
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly description?: string;
  readonly options?: Partial<StackedOptions>;
  readonly theme?: Theme;
}

export function StackedBarChart({ rows, width, height, title, description, options, theme = 'light' }: StackedBarChartProps) {
  const { t, lang, dir } = useI18n();
  const opts: StackedOptions = {
    formatValue: countFormatter(lang),
    formatTick: compactFormatter(lang),
    noDataLabel: t('noData'),
    formatPart: (value, label) => t('charts.stacked.part', { value, label: label.toLocaleLowerCase(lang) }),
    missingPart: (label) => t('charts.stacked.missing', { label: label.toLocaleLowerCase(lang) }),
    join: t('charts.stacked.join'),
    direction: dir,
    badgeLabel: t('status.illustrative'),
    ...options,
  };
  const g = stackedLayout(rows, width, height, opts);
  const c = CHART_COLORS[theme];
  const d = g.direction;
  const firstY = g.plotTop;
  return (
    <ChartSvg width={g.width} height={g.height} title={title} description={description} className="chart chart-stacked">
      {(id) => (
        <>
          <defs>
            <HatchPattern id={`${id}-hatch`} />
          </defs>
          <SvgLegend entries={g.legend} dir={d} fontSize={g.fontSize} fill={c.text} />
          <ValueAxisSvg ticks={g.axis.ticks} top={firstY} y={g.axis.y} fontSize={g.fontSize} dir={d} gridColor={c.grid} labelColor={c.muted} />
          {g.bars.map((b) => (
            <g key={b.key} className="stack" fontSize={g.fontSize}>
              {b.segments.map((s) =>
                s.width > 0 ? (
                  <g key={s.key}>
                    <title>{`${b.label}, ${s.label}: ${s.valueText}${s.status === 'illustrative' ? ` (${t('status.illustrative')})` : ''}`}</title>
                    <rect x={s.x} y={b.y} width={s.width} height={b.height} fill={s.color} stroke={c.background} strokeWidth={1} />
                    {s.status === 'illustrative' ? <rect x={s.x} y={b.y} width={s.width} height={b.height} fill={`url(#${id}-hatch)`} /> : null}
                    {s.inside ? <SvgText x={s.insideX} y={b.centerY} align="middle" dir={d} text={s.inside} fill={s.textColor} fontSize={g.fontSize - 1} stroke={s.color} strokeWidth={3} paintOrder="stroke" /> : null}
                  </g>
                ) : null,
              )}
              {b.highlighted && b.width > 0 ? <rect className="highlight" x={b.x - 1.5} y={b.y - 1.5} width={b.width + 3} height={b.height + 3} fill="none" stroke={c.text} strokeWidth={2} /> : null}
              <SvgText x={b.labelX} y={b.centerY} align={g.labelAlign} dir={d} text={b.shownLabel} full={b.label} fill={c.text} fontWeight={b.highlighted ? 700 : undefined} />
              {b.totalLines.map((line) => (
                <SvgText key={line.y} x={b.totalX} y={line.y} align={g.totalAlign} dir={d} text={line.text} full={b.fullTotalText} fill={b.complete ? c.text : c.muted} />
              ))}
            </g>
          ))}
          <line x1={g.baselineX} x2={g.baselineX} y1={firstY} y2={g.axis.y} stroke={c.axis} />
          {g.badge ? <IllustrativeBadgeSvg x={g.badge.x} y={g.badge.y} dir={d} /> : null}
        </>
      )}
    </ChartSvg>
  );
}
