// Goals ranked by value, each bar in its goal's colour; goals overlap, so no total and no "other".
import { useI18n } from '../../i18n/I18nContext';
import type { Theme } from '../../scales/colors';
import { BarChart } from '../bar/BarChart';
import type { BarOptions } from '../bar/types';
import { sdgBarRows } from './rows';
import './sdgBars.css';
import type { SdgGoal, SdgValues } from './types';

export { sdgBarRows };

export interface SdgBarsProps {
  readonly goals: readonly SdgGoal[];
  readonly values: SdgValues;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly description?: string;
  /** The overlap notice shown under the bars; t('charts.sdg.overlap') by default, '' for none (said elsewhere). */
  readonly note?: string;
  readonly options?: Partial<Omit<BarOptions, 'topN' | 'totalLabel'>>;
  readonly theme?: Theme;
}

export function SdgBars({ goals, values, width, height, title, description, note, options, theme }: SdgBarsProps) {
  const { t, number } = useI18n();
  const rows = sdgBarRows(goals, values, (goal) => number.format(goal));
  return (
    <figure className="chart-figure sdg-bars">
      <BarChart rows={rows} width={width} height={height} title={title} description={description} theme={theme} options={{ ...options, topN: Infinity, totalLabel: null }} />
      {note === '' ? null : <figcaption className="chart-note">{note ?? t('charts.sdg.overlap')}</figcaption>}
    </figure>
  );
}
