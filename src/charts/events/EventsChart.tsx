// Thin renderer of eventsLayout: two small multiples sharing the event order.
import { useI18n } from '../../i18n/I18nContext';
import { CHART_COLORS, OKABE_ITO, type Theme } from '../../scales/colors';
import { compactFormatter, countFormatter } from '../../scales/format';
import { ChartSvg, HatchPattern } from '../../components/ChartSvg';
import { IllustrativeBadgeSvg } from '../../components/IllustrativeBadge';
import { SvgText } from '../../components/SvgText';
import { eventsLayout } from './layout';
import type { EventLabel, EventMetric, EventRow, EventsOptions } from './types';

export interface EventsChartProps {
  readonly rows: readonly EventRow[];
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly description?: string;
  readonly options?: Partial<EventsOptions>;
  readonly theme?: Theme;
}

const METRIC_COLOR: Record<EventMetric, string> = { delegates: OKABE_ITO[0], countries: OKABE_ITO[2] };

function Labels({ labels, align, dir, fontSize, text, muted }: { labels: readonly EventLabel[]; align: 'left' | 'right'; dir: 'ltr' | 'rtl'; fontSize: number; text: string; muted: string }) {
  return (
    <g className="event-labels">
      {labels.map((l) => (
        <g key={l.key}>
          <SvgText x={l.x} y={l.nameY} align={align} dir={dir} text={l.shownName} full={l.name} fill={text} fontSize={fontSize} />
          <SvgText x={l.x} y={l.dateY} align={align} dir={dir} text={l.date} fill={muted} fontSize={fontSize - 1} />
        </g>
      ))}
    </g>
  );
}

export function EventsChart({ rows, width, height, title, description, options, theme = 'light' }: EventsChartProps) {
  const { t, lang, dir } = useI18n();
  const opts: EventsOptions = {
    formatValue: countFormatter(lang),
    formatTick: compactFormatter(lang),
    noDataLabel: t('noData'),
    metricLabels: { delegates: t('charts.events.delegates'), countries: t('charts.events.countries') },
    direction: dir,
    ...options,
  };
  const g = eventsLayout(rows, width, height, opts);
  const c = CHART_COLORS[theme];
  const d = g.direction;
  const start = d === 'rtl' ? 'right' : 'left';
  const labelProps = { align: g.labelAlign, dir: d, fontSize: g.fontSize, text: c.text, muted: c.muted } as const;
  return (
    <ChartSvg width={g.width} height={g.height} title={title} description={description} className="chart chart-events">
      {(id) => (
        <>
          <defs>
            <HatchPattern id={`${id}-hatch`} />
          </defs>
          {g.sharedLabels ? <Labels labels={g.sharedLabels} {...labelProps} /> : null}
          {g.panels.map((p) => (
            <g key={p.metric} className={`panel panel-${p.metric}`} fontSize={g.fontSize}>
              <SvgText x={p.titleX} y={p.titleY} align={start} dir={d} text={p.title} fill={c.text} fontWeight={700} />
              {p.labels ? <Labels labels={p.labels} {...labelProps} /> : null}
              <g stroke={c.grid}>
                {p.ticks.map((tick) => (
                  <line key={tick.value} x1={tick.x} x2={tick.x} y1={p.top} y2={p.axisY} />
                ))}
              </g>
              <g fill={c.muted} fontSize={g.fontSize - 1}>
                {p.ticks.map((tick) => (
                  <SvgText key={tick.value} x={tick.x} y={p.axisY + 11} align="middle" dir={d} text={tick.label} />
                ))}
              </g>
              {p.bars.map((b) => (
                <g key={b.key}>
                  <title>{`${p.title}: ${b.valueText}${b.status === 'illustrative' ? ` (${t('status.illustrative')})` : ''}`}</title>
                  {b.width > 0 ? <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={METRIC_COLOR[p.metric]} /> : null}
                  {b.width > 0 && b.status === 'illustrative' ? <rect x={b.x} y={b.y} width={b.width} height={b.height} fill={`url(#${id}-hatch)`} /> : null}
                  <SvgText x={b.valueX} y={b.centerY} align={g.valueAlign} dir={d} text={b.valueText} fill={b.value === null ? c.muted : c.text} fontStyle={b.value === null ? 'italic' : undefined} />
                </g>
              ))}
              <line x1={p.baselineX} x2={p.baselineX} y1={p.top} y2={p.axisY} stroke={c.axis} />
            </g>
          ))}
          {g.badge ? <IllustrativeBadgeSvg x={g.badge.x} y={g.badge.y} dir={d} /> : null}
        </>
      )}
    </ChartSvg>
  );
}
