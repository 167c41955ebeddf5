// Countries ranked on the selected dataset's measure; delegations without published counts are listed instead.
import { BarChart } from '../../charts/bar/BarChart';
import { barSummary } from '../../charts/bar/summary';
import { barTable } from '../../charts/bar/table';
import { ChartPanel } from '../../components/ChartPanel';
import { useI18n } from '../../i18n/I18nContext';
import { formatIndicator } from '../../scales/formatIndicator';
import { chosenIndicator, indicatorsOf, isSummableUnit } from '../../transforms/indicators';
import { useData } from '../dataApi';
import { useTheme } from '../useTheme';
import { useRankedRows } from '../views/ChartsViewData';
import { CHART_HEIGHT, rowsHeight } from './rowsHeight';
import type { ChartPanelViewProps } from './types';
import { useStateSubtitle } from './figureSubtitle';

export function RankedPanel({ state, chartHeight = CHART_HEIGHT }: ChartPanelViewProps) {
  const { t, lang } = useI18n();
  const theme = useTheme();
  const ranked = useRankedRows(state);
  // Delegates per country are not published: list who took part instead of empty bars.
  const onlyTookPart = ranked.rows.length > 0 && ranked.rows.every((r) => r.value === null);
  const { combined } = useData();
  // An indicator is named by its own name, in its unit; a percentage or a rate is never added up into a total.
  const indicator = ranked.shown.dataset === 'indicators' ? chosenIndicator(indicatorsOf(combined('indicators')), ranked.shown.indicator) : null;
  const summable = !ranked.mixedDates && (indicator === null || isSummableUnit(indicator.unit));
  // The summary and the table write an indicator's values in its unit, as the bars do.
  const ctx = { t, lang, ...(indicator ? { formatValue: (value: number) => formatIndicator(value, indicator.unit, undefined, lang, t('indicator.perThousand')) } : {}) };
  const metric = indicator ? indicator.name : t(`app.metric.${ranked.shown.metric}`);
  const title = `${t('app.charts.ranked')}: ${metric}`;
  const subtitle = useStateSubtitle(t, ranked.shown);
  const note = ranked.fellBack ? t('app.charts.fallback', {
    chosen: t(`app.metric.${state.metric}`),
    chosenPerspective: t(`app.perspective.${state.perspective}`),
    shown: metric,
    perspective: t(`app.perspective.${ranked.shown.perspective}`),
  }) : undefined;
  const notes = [note, ranked.mixedDates ? t('charts.ranked.mixedYears') : undefined].filter((n) => n !== undefined);
  return (
    <ChartPanel
      chartId="ranked"
      title={title}
      subtitle={subtitle}
      summary={barSummary(ranked.rows, ctx, { summable })}
      table={barTable(ranked.rows, ctx, { caption: title, label: t('charts.table.country'), value: metric })}
      sources={ranked.refs}
      height={rowsHeight(Math.min(ranked.rows.length, 11), 84, chartHeight)}
      empty={t('app.empty')}
      note={notes.length > 0 ? <>{notes.map((n) => <p key={n} role="status">{n}</p>)}</> : undefined}
      fallback={onlyTookPart ? (
        <div>
          <p>{t('app.charts.tookPartOnly', { count: ranked.rows.length })}</p>
          <ul className="inline-list">{ranked.rows.map((r) => <li key={r.key}>{r.label}</li>)}</ul>
        </div>
      ) : undefined}
    >
      {ranked.rows.length === 0 || onlyTookPart ? null : (w, h) => (
        <BarChart rows={ranked.rows} width={w} height={h} theme={theme} title={title} options={{
          ...(summable ? {} : { totalLabel: null }),
          // Values that are not added up are not lumped into an "other" bar either: every country keeps its own.
          ...(indicator && !isSummableUnit(indicator.unit) ? { topN: ranked.rows.length } : {}),
          ...(indicator ? { formatValue: (value: number, qualifier?: Parameters<typeof formatIndicator>[2]) => formatIndicator(value, indicator.unit, qualifier, lang, t('indicator.perThousand')) } : {}),
        }} />
      )}
    </ChartPanel>
  );
}
