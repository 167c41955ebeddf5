// A positioned box near a point of interest; content is whatever the caller renders.
import type { ReactNode } from 'react';

export interface TooltipPlacement {
  readonly left: number;
  readonly top: number;
}

/**
 * Puts a box of (width, height) beside the point (x, y), flipping to the other side of the point
 * when it would leave the container, and clamping into the container as a last resort.
 */
export function placeTooltip(x: number, y: number, width: number, height: number, containerWidth: number, containerHeight: number, offset = 12): TooltipPlacement {
  let left = x + offset;
  if (left + width > containerWidth) left = x - offset - width;
  let top = y - height - offset;
  if (top < 0) top = y + offset;
  left = Math.max(0, Math.min(left, containerWidth - width));
  top = Math.max(0, Math.min(top, containerHeight - height));
  return { left: Math.round(left), top: Math.round(top) };
}

export interface TooltipProps {
  readonly x: number;
  readonly y: number;
  readonly containerWidth: number;
  readonly containerHeight: number;
  /** Expected box size, used for placement (the box may be smaller). */
  readonly width?: number;
  readonly height?: number;
  readonly id?: string;
  readonly children: ReactNode;
}

export function Tooltip({ x, y, containerWidth, containerHeight, width = 220, height = 64, id, children }: TooltipProps) {
  const { left, top } = placeTooltip(x, y, width, height, containerWidth, containerHeight);
  return (
    <div
      id={id}
      role="tooltip"
      className="chart-tooltip"
      style={{ position: 'absolute', left, top, maxWidth: width, pointerEvents: 'none', zIndex: 10 }}
    >
      {children}
    </div>
  );
}
