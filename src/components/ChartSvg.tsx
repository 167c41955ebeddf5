// The outer <svg> every chart shares: fixed pixel size, role="img" and an accessible name and description.
import { useId, type ReactNode } from 'react';

export interface ChartSvgProps {
  readonly width: number;
  readonly height: number;
  /** Accessible name (and first line read by screen readers). */
  readonly title: string;
  readonly description?: string;
  readonly className?: string;
  /** Receives an id prefix that is safe inside url(#...) references. */
  readonly children: (idPrefix: string) => ReactNode;
}

export function ChartSvg({ width, height, title, description, className, children }: ChartSvgProps) {
  const prefix = `c${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={titleId}
      aria-describedby={description ? descId : undefined}
      className={className}
      fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif"
    >
      <title id={titleId}>{title}</title>
      {description ? <desc id={descId}>{description}</desc> : null}
      {children(prefix)}
    </svg>
  );
}

/** Diagonal white stripes laid over a bar to mark an illustrative value. */
export function HatchPattern({ id }: { id: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={6} height={6} patternTransform="rotate(45)">
      <rect width={3} height={6} fill="#ffffff" fillOpacity={0.6} />
    </pattern>
  );
}
