// Measures the space a chart may use and renders the chart at that width; charts never measure themselves.
import { useState, type ReactNode } from 'react';
import { useContainerSize } from './useContainerSize';
import { useHydrated } from './useHydrated';
import './ChartFrame.css';

export interface ChartFrameProps {
  /** Chart height in px; charts may ask for more (e.g. many bars) and the frame scrolls. */
  readonly height: number;
  /** Width used before measuring and where ResizeObserver is unavailable. */
  readonly fallbackWidth?: number;
  /** Narrowest width the chart is drawn at. */
  readonly minWidth?: number;
  readonly className?: string;
  /**
   * The chart keeps its own space while the frame is measured (the map's placeholder is sized by CSS): it is
   * rendered with `measured` false meanwhile, instead of the frame holding `height` empty, which would shift
   * what follows when a chart of another height arrives.
   */
  readonly holdsItsSpace?: boolean;
  /** `measured` is false while the fallback width stands in for the frame's own. */
  readonly children: (width: number, height: number, measured: boolean) => ReactNode;
}

export function ChartFrame({ height, fallbackWidth = 640, minWidth = 280, className, holdsItsSpace = false, children }: ChartFrameProps) {
  // False while hydrating a prerendered page (its charts are in the HTML, drawn at the fallback width, and stay so
  // until measured); true for a frame mounted later, by a view opened in the page: its chart waits for the frame's
  // width instead of being drawn twice, at the fallback and then measured.
  const hydrated = useHydrated();
  const [later] = useState(hydrated); // as the frame mounted: hydration ending does not make it a later frame
  const [ref, size, measured] = useContainerSize<HTMLDivElement>({ width: fallbackWidth, height });
  const width = Math.max(minWidth, size.width);
  const waiting = later && !measured && !holdsItsSpace;
  return (
    <div ref={ref} className={className ? `chart-frame ${className}` : 'chart-frame'} style={waiting ? { minHeight: height } : undefined}>
      {waiting ? null : children(width, height, measured)}
    </div>
  );
}
