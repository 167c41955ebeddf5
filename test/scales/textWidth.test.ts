import { describe, expect, it } from 'vitest';
import { textWidth, truncate, wrap } from '../../src/scales/textWidth';

describe('truncate', () => {
  it('keeps text that fits', () => {
    expect(truncate('Kazakhstan', 200, 12)).toBe('Kazakhstan');
  });
  it('shortens with an ellipsis to within the width', () => {
    const out = truncate('Iran (Islamic Republic of)', 80, 12);
    expect(out.endsWith('…')).toBe(true);
    expect(out.length).toBeLessThan('Iran (Islamic Republic of)'.length);
    expect(textWidth(out, 12)).toBeLessThanOrEqual(80);
  });
  it('returns nothing when not even one letter fits', () => {
    expect(truncate('Kazakhstan', 5, 12)).toBe('');
  });
  it('measures wide scripts as wider than Latin', () => {
    expect(textWidth('中国', 12)).toBeGreaterThan(textWidth('ab', 12));
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width', () => {
    const lines = wrap('Peace, Justice and Strong Institutions', 110, 12, 3);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(110);
    expect(lines.join(' ')).toBe('Peace, Justice and Strong Institutions');
  });
  it('truncates the last allowed line when words remain', () => {
    const lines = wrap('Responsible Consumption and Production', 80, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
  it('gives one line for short text', () => {
    expect(wrap('Life on Land', 200, 12, 3)).toEqual(['Life on Land']);
  });
});
