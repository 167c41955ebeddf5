// A data point: filled dot (published), open dot (approximate) or triangle (lower bound).
import { round1 as r } from '../../scales/round';
import type { MarkerShape } from './types';

export interface MarkerProps {
  readonly x: number;
  readonly y: number;
  readonly shape: MarkerShape;
  readonly color: string;
  readonly background: string;
  /** Dashed outline for illustrative values. */
  readonly dashed?: boolean;
}

export function Marker({ x, y, shape, color, background, dashed }: MarkerProps) {
  const dash = dashed ? '2 1.5' : undefined;
  if (shape === 'triangle') {
    return <path d={`M${r(x)},${r(y - 5.5)}L${r(x + 5)},${r(y + 3.5)}L${r(x - 5)},${r(y + 3.5)}Z`} fill={color} stroke={background} strokeWidth={1} strokeDasharray={dash} />;
  }
  const open = shape === 'open';
  return <circle cx={x} cy={y} r={4} fill={open ? background : color} stroke={open ? color : background} strokeWidth={open ? 2 : 1} strokeDasharray={dash} />;
}
