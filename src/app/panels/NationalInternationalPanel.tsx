// National and international UN Volunteers per country, stacked, for one year and way of counting.
import { StackedBarChart } from '../../charts/stacked/StackedBarChart';
import { stackedSummary } from '../../charts/stacked/summary';
import { stackedTable } from '../../charts/stacked/table';
import { ChartPanel } from '../../components/ChartPanel';
import { useI18n } from '../../i18n/I18nContext';
import { useData } from '../dataApi';
import { useTheme } from '../useTheme';
import { useStackedRows } from '../views/ChartsViewData';
import { CHART_HEIGHT, rowsHeight } from './rowsHeight';
import type { ChartPanelViewProps } from './types';
import { figureSubtitle } from './figureSubtitle';

export function NationalInternationalPanel({ state, chartHeight = CHART_HEIGHT }: ChartPanelViewProps) {
  const { t, lang } = useI18n();
  const ctx = { t, lang };
  const theme = useTheme();
  const { combined } = useData();
  const stacked = useStackedRows(combined('placements'), state);
  const title = stacked.year === null
    ? t('app.charts.stacked')
    : t('charts.stacked.title', { year: String(stacked.year), perspective: t(`app.perspective.${state.perspective}`) });
  const subtitle = figureSubtitle(t, { dataset: 'placements', year: stacked.year, perspective: state.perspective });
  return (
    <ChartPanel
      chartId="national-international"
      title={title}
      subtitle={subtitle}
      summary={stackedSummary(stacked.rows, ctx)}
      table={stackedTable(stacked.rows, ctx, { caption: title, label: t('charts.table.country') })}
      sources={stacked.refs}
      height={rowsHeight(stacked.rows.length, 90, chartHeight)}
      empty={t('app.empty')}
    >
      {stacked.rows.length === 0 ? null : (w, h) => (
        <StackedBarChart rows={stacked.rows} width={w} height={h} theme={theme} title={title} />
      )}
    </ChartPanel>
  );
}
