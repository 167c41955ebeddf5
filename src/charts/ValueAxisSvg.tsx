// The value axis both horizontal bar charts draw: a grid line per tick across the plot, and the tick labels.
import { SvgText } from '../components/SvgText';

export interface ValueAxisSvgProps {
  readonly ticks: readonly { readonly value: number; readonly x: number; readonly label: string }[];
  /** Top of the grid lines. */
  readonly top: number;
  /** The axis line's y: grid lines end here and labels sit under it. */
  readonly y: number;
  readonly fontSize: number;
  readonly dir: 'ltr' | 'rtl';
  readonly gridColor: string;
  readonly labelColor: string;
}

export function ValueAxisSvg({ ticks, top, y, fontSize, dir, gridColor, labelColor }: ValueAxisSvgProps) {
  return (
    <>
      <g className="grid" stroke={gridColor}>
        {ticks.map((tick) => (
          <line key={tick.value} x1={tick.x} x2={tick.x} y1={top} y2={y} />
        ))}
      </g>
      <g className="axis" fontSize={fontSize - 1} fill={labelColor}>
        {ticks.map((tick) => (
          <SvgText key={tick.value} x={tick.x} y={y + 11} align="middle" dir={dir} text={tick.label} />
        ))}
      </g>
    </>
  );
}
