// Over the years: UN Volunteers worldwide, or, on the Indicators dataset, the chosen indicator per country.
// A year without data is a gap.
import { LineChart } from '../../charts/line/LineChart';
import { lineSummary } from '../../charts/line/summary';
import { lineTable } from '../../charts/line/table';
import { ChartPanel } from '../../components/ChartPanel';
import { useI18n } from '../../i18n/I18nContext';
import { formatIndicator } from '../../scales/formatIndicator';
import { useData } from '../dataApi';
import { useTheme } from '../useTheme';
import { useWorldSeries } from '../views/ChartsViewData';
import { useIndicatorYears } from '../views/useIndicatorYears';
import { CHART_HEIGHT } from './rowsHeight';
import type { ChartPanelViewProps } from './types';
import { figureSubtitle } from './figureSubtitle';

function yearRange(years: readonly number[]) {
  return years.length > 0 ? { year: { from: Math.min(...years), to: Math.max(...years) } } : {};
}

function WorldYearsPanel({ chartHeight = CHART_HEIGHT }: ChartPanelViewProps) {
  const { t, lang } = useI18n();
  const ctx = { t, lang };
  const theme = useTheme();
  const { combined } = useData();
  const series = useWorldSeries(combined('placements'));
  const title = `${t('app.charts.line')}: ${t('app.overview.unvWorld')}`;
  const years = series.rows.flatMap((s) => s.points.map((p) => p.year));
  const subtitle = figureSubtitle(t, { dataset: 'placements', perspective: 'duty_station', ...yearRange(years) });
  return (
    <ChartPanel
      chartId="years"
      title={title}
      subtitle={subtitle}
      summary={lineSummary(series.rows, ctx)}
      table={lineTable(series.rows, ctx, title)}
      sources={series.refs}
      height={chartHeight}
      empty={t('app.empty')}
    >
      {series.rows.length === 0 ? null : (w, h) => (
        <LineChart series={series.rows} width={w} height={h} theme={theme} title={title} />
      )}
    </ChartPanel>
  );
}

function IndicatorYearsPanel({ state, chartHeight = CHART_HEIGHT }: ChartPanelViewProps) {
  const { t, lang } = useI18n();
  const theme = useTheme();
  const shown = useIndicatorYears(state);
  const title = `${t('app.charts.line')}: ${shown.indicator?.name ?? t('app.dataset.indicators')}`;
  const years = shown.rows.flatMap((s) => s.points.map((p) => p.year));
  const subtitle = [
    figureSubtitle(t, { dataset: 'indicators', ...yearRange(years) }),
    shown.indicator ? t(`indicator.unit.${shown.indicator.unit}`) : '',
  ].filter(Boolean).join(' · ');
  const unit = shown.indicator?.unit ?? 'other';
  const formatValue = (value: number, qualifier?: Parameters<typeof formatIndicator>[2]) =>
    formatIndicator(value, unit, qualifier, lang, t('indicator.perThousand'));
  // The summary and the table write the values in the indicator's unit, as the chart does.
  const ctx = { t, lang, formatValue: (value: number) => formatValue(value) };
  return (
    <ChartPanel
      chartId="years"
      title={title}
      subtitle={subtitle}
      summary={lineSummary(shown.rows, ctx)}
      table={lineTable(shown.rows, ctx, title)}
      sources={shown.refs}
      height={chartHeight}
      empty={t('app.empty')}
      note={shown.left > 0 ? <p>{t('indicator.moreCountries', { count: shown.left })}</p> : undefined}
    >
      {shown.rows.length === 0 ? null : (w, h) => (
        <LineChart series={shown.rows} width={w} height={h} theme={theme} title={title} options={{ formatValue, formatTick: (v) => formatValue(v) }} />
      )}
    </ChartPanel>
  );
}

export function YearsPanel(props: ChartPanelViewProps) {
  return props.state.dataset === 'indicators' ? <IndicatorYearsPanel {...props} /> : <WorldYearsPanel {...props} />;
}
