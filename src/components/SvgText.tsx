// One SVG text label whose alignment is given on the page (left/right), independent of text direction.
import type { SVGProps } from 'react';
import { round1 } from '../scales/round';

export type Align = 'left' | 'right' | 'middle';
export type Direction = 'ltr' | 'rtl';

/** SVG text-anchor for a page alignment: "start" is the right edge when the text direction is rtl. */
export function anchorFor(align: Align, dir: Direction): 'start' | 'end' | 'middle' {
  if (align === 'middle') return 'middle';
  return (align === 'left') === (dir === 'ltr') ? 'start' : 'end';
}

/**
 * In right-to-left charts a label is a bidi isolate (FSI...PDI): a Latin name keeps its shortening
 * ellipsis and punctuation at its own end instead of jumping to the other side.
 */
export function isolated(text: string): string {
  return /[A-Za-z]/.test(text) ? `\u2068${text}\u2069` : text;
}

export interface SvgTextProps extends Omit<SVGProps<SVGTextElement>, 'children' | 'direction'> {
  readonly x: number;
  readonly y: number;
  readonly align: Align;
  readonly dir: Direction;
  /** Text as drawn (possibly shortened). */
  readonly text: string;
  /** Full text, shown as a tooltip when the drawn text was shortened. */
  readonly full?: string;
}

export function SvgText({ x, y, align, dir, text, full, ...rest }: SvgTextProps) {
  return (
    <text x={round1(x)} y={round1(y)} textAnchor={anchorFor(align, dir)} direction={dir} dominantBaseline="central" {...rest}>
      {full !== undefined && full !== text ? <title>{full}</title> : null}
      {dir === 'rtl' ? isolated(text) : text}
    </text>
  );
}
