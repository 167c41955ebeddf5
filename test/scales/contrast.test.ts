import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHex, relativeLuminance, textColorOn } from '../../src/scales/contrast';

describe('WCAG contrast', () => {
  it.each([
    { a: '#000000', b: '#ffffff', expected: 21 },
    { a: '#ffffff', b: '#ffffff', expected: 1 },
    { a: '#777777', b: '#ffffff', expected: 4.48 },
  ])('contrast($a, $b) = $expected', ({ a, b, expected }) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 2);
  });

  it('reads #rgb shorthand and rejects non-colours', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(() => parseHex('red')).toThrow(/Not a hex colour/);
  });

  it('picks dark text on yellow and white text on navy', () => {
    expect(textColorOn('#FCC30B')).not.toBe('#ffffff');
    expect(textColorOn('#19486A')).toBe('#ffffff');
  });

  it('text on every official SDG colour in data/sdgs.csv reaches 4.5:1', () => {
    const lines = readFileSync(new URL('../../data/sdgs.csv', import.meta.url), 'utf8').trim().split(/\r?\n/).slice(1);
    expect(lines).toHaveLength(17);
    for (const line of lines) {
      const color = line.split(',')[1] ?? '';
      expect(contrastRatio(color, textColorOn(color)), `goal colour ${color}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
