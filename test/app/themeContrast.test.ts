// Text colours of both themes reach WCAG AA (4.5:1) on every surface they are drawn on; controls' borders 3:1.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_COLORS } from '../../src/scales/colors';

const css = readFileSync(resolve(import.meta.dirname, '../../src/app/global.css'), 'utf8');

/** --name: light-dark(#light, #dark) from :root. */
function themeVar(name: string): { light: string; dark: string } {
  const m = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-fA-F]{6}),\\s*(#[0-9a-fA-F]{6})\\)`).exec(css);
  if (!m?.[1] || !m[2]) throw new Error(`--${name} is not a light-dark() pair`);
  return { light: m[1], dark: m[2] };
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT_ON: [text: string, background: string][] = [
  ['text', 'bg'], ['text', 'surface'], ['muted', 'bg'], ['muted', 'surface'],
  ['accent', 'bg'], ['accent', 'surface'], ['accent-contrast', 'accent'],
  ['text', 'notice-bg'], ['text', 'error-bg'], ['badge-text', 'badge-bg'], ['map-highlight', 'bg'],
];

describe.each(['light', 'dark'] as const)('%s theme', (theme) => {
  it.each(TEXT_ON)('%s on %s is at least 4.5:1', (text, background) => {
    expect(contrast(themeVar(text)[theme], themeVar(background)[theme])).toBeGreaterThanOrEqual(4.5);
  });

  it('control borders and the focus ring stand out from the page (3:1)', () => {
    for (const part of ['control-border', 'focus']) {
      expect(contrast(themeVar(part)[theme], themeVar('bg')[theme])).toBeGreaterThanOrEqual(3);
      expect(contrast(themeVar(part)[theme], themeVar('surface')[theme])).toBeGreaterThanOrEqual(3);
    }
  });

  it('chart text of the theme reads on the page surfaces (4.5:1)', () => {
    for (const ink of [CHART_COLORS[theme].text, CHART_COLORS[theme].muted]) {
      expect(contrast(ink, themeVar('bg')[theme])).toBeGreaterThanOrEqual(4.5);
      expect(contrast(ink, themeVar('surface')[theme])).toBeGreaterThanOrEqual(4.5);
    }
  });
});
