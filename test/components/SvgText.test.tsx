import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SvgText, anchorFor, isolated } from '../../src/components/SvgText';

describe('SvgText', () => {
  it('isolates a Latin label in a right-to-left chart so its ellipsis stays at its own end', () => {
    const svg = renderToStaticMarkup(<SvgText x={10} y={10} align="right" dir="rtl" text="First Central…" />);
    expect(svg).toContain('>\u2068First Central…\u2069</text>');
  });

  it('leaves Arabic labels and left-to-right charts as they are', () => {
    expect(isolated('كازاخستان')).toBe('كازاخستان');
    expect(renderToStaticMarkup(<SvgText x={0} y={0} align="left" dir="ltr" text="Kazakhstan" />)).toContain('>Kazakhstan</text>');
  });

  it.each([
    { align: 'left', dir: 'ltr', expected: 'start' },
    { align: 'left', dir: 'rtl', expected: 'end' },
    { align: 'right', dir: 'rtl', expected: 'start' },
    { align: 'middle', dir: 'rtl', expected: 'middle' },
  ] as const)('$align in $dir anchors at $expected', ({ align, dir, expected }) => {
    expect(anchorFor(align, dir)).toBe(expected);
  });
});
