// UN Volunteers worldwide over the years; a year without data is a gap.
import { LineChart } from '../../charts/line/LineChart';
import { lineSummary } from '../../charts/line/summary';
import { lineTable } from '../../charts/line/table';
import { ChartPanel } from '../../components/ChartPanel';
import { useI18n } from '../../i18n/I18nContext';
import { useData } from '../DataContext';
import { useTheme } from '../useTheme';
import { useWorldSeries } from '../views/ChartsViewData';
import { CHART_HEIGHT } from './rowsHeight';
import type { ChartPanelViewProps } from './types';
import { figureSubtitle } from './figureSubtitle';

export function YearsPanel({ chartHeight = CHART_HEIGHT }: ChartPanelViewProps) {
  const { t, lang } = useI18n();
  const ctx = { t, lang };
  const theme = useTheme();
  const { combined } = useData();
  const series = useWorldSeries(combined('placements'));
  const title = `${t('app.charts.line')}: ${t('app.overview.unvWorld')}`;
  const years = series.rows.flatMap((s) => s.points.map((p) => p.year));
  const subtitle = figureSubtitle(t, {
    dataset: 'placements', perspective: 'duty_station',
    ...(years.length > 0 ? { year: { from: Math.min(...years), to: Math.max(...years) } } : {}),
  });
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
