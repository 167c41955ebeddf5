// Thin renderer of sdgGridLayout: 17 tiles in official colours, each with its number, name and value.
import { useI18n } from '../../i18n/I18nContext';
import { countFormatter } from '../../scales/format';
import { CHART_COLORS, type Theme } from '../../scales/colors';
import { ChartSvg, HatchPattern } from '../../components/ChartSvg';
import { SvgText } from '../../components/SvgText';
import { sdgGridLayout } from './layout';
import type { SdgGoal, SdgGridOptions, SdgValues } from './types';

export interface SdgGridProps {
  readonly goals: readonly SdgGoal[];
  readonly values: SdgValues;
  readonly width: number;
  /** A hint; the grid takes the height its rows need. */
  readonly height?: number;
  readonly title: string;
  readonly description?: string;
  readonly options?: Partial<SdgGridOptions>;
  readonly theme?: Theme;
}

export function SdgGrid({ goals, values, width, height = 0, title, description, options, theme = 'light' }: SdgGridProps) {
  const { t, lang, dir, number } = useI18n();
  const opts: SdgGridOptions = {
    formatValue: countFormatter(lang),
    noDataLabel: t('noData'),
    formatGoal: (goal) => number.format(goal),
    note: t('charts.sdg.overlap'),
    direction: dir,
    ...options,
  };
  const g = sdgGridLayout(goals, values, width, height, opts);
  const c = CHART_COLORS[theme];
  const d = g.direction;
  return (
    <ChartSvg width={g.width} height={g.height} title={title} description={description} className="chart chart-sdg-grid">
      {(id) => (
        <>
          <defs>
            <HatchPattern id={`${id}-hatch`} />
          </defs>
          {g.tiles.map((tile) => (
            <g key={tile.goal} className="sdg-tile" fill={tile.textColor}>
              <title>{`${t('charts.sdg.goal', { goal: tile.goal })}: ${tile.name}: ${tile.valueText}${tile.status === 'illustrative' && tile.value !== null ? ` (${t('status.illustrative')})` : ''}`}</title>
              <rect x={tile.x} y={tile.y} width={tile.width} height={tile.height} rx={3} fill={tile.color} />
              {tile.status === 'illustrative' && tile.value !== null ? <rect x={tile.x} y={tile.y} width={tile.width} height={tile.height} rx={3} fill={`url(#${id}-hatch)`} fillOpacity={0.35} /> : null}
              <SvgText x={tile.textX} y={tile.numberY} align={g.textAlign} dir={d} text={tile.number} fontSize={Math.round(g.fontSize * 1.9)} fontWeight={800} />
              {tile.nameLines.map((line, k) => (
                <SvgText key={k} x={tile.textX} y={tile.nameY + k * (g.fontSize + 2)} align={g.textAlign} dir={d} text={line} fontSize={g.fontSize} fontWeight={600} />
              ))}
              <SvgText x={tile.textX} y={tile.valueY} align={g.textAlign} dir={d} text={tile.valueText} fontSize={g.fontSize + 1} fontWeight={tile.value === null ? 400 : 700} fontStyle={tile.value === null ? 'italic' : undefined} />
            </g>
          ))}
          <g className="note" fontSize={g.fontSize - 1} fill={c.muted}>
            {g.noteLines.map((line, k) => (
              <SvgText key={k} x={g.noteX} y={g.noteY + k * 16} align={g.textAlign} dir={d} text={line} />
            ))}
          </g>
        </>
      )}
    </ChartSvg>
  );
}
