// The value axis of the horizontal bar charts (ranked and stacked): ticks that fit between the label column
// and the far edge, which side that is depending on the reading direction.
import { fitTicks, type AxisTick } from '../scales/axisTicks';
import { compactFormatter } from '../scales/format';

export interface ValueAxisOptions {
  readonly max: number;
  readonly scale: (value: number) => number;
  readonly width: number;
  /** Width of the column of row labels, at the start of the reading direction. */
  readonly labelCol: number;
  readonly rtl: boolean;
  readonly fontSize: number;
  readonly formatTick?: (value: number) => string;
}

export function valueAxisTicks(o: ValueAxisOptions): AxisTick[] {
  return fitTicks({
    domain: [0, o.max],
    scale: o.scale,
    // a tick label may reach 20 px into the label column: the labels end before the bars start
    bounds: o.rtl ? [0, o.width - o.labelCol + 20] : [o.labelCol - 20, o.width],
    format: o.formatTick ?? compactFormatter('en'),
    fontSize: o.fontSize - 1,
    orientation: 'horizontal',
  });
}
