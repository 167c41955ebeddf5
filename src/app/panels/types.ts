// What every chart panel receives: the view state, a way to change it, and how tall to draw.
import type { ViewProps } from '../views/types';

export interface ChartPanelViewProps extends ViewProps {
  /** The chart's height in px; each panel has its own default for the dashboard's grid. */
  readonly chartHeight?: number;
}
