import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceBreaks, niceFloor, niceNumber } from '../../../src/charts/map/breaks';

const significantDigits = (n: number) => String(n).replace(/^0\.0*|\.|0+$/g, '').length;

describe('niceNumber', () => {
  it.each([
    { input: 137, expected: 150 },
    { input: 97, expected: 100 },
    { input: 7, expected: 8 },
    { input: 23, expected: 25 },
    { input: 0.043, expected: 0.04 },
    { input: 0, expected: 0 },
  ])('$input -> $expected', ({ input, expected }) => expect(niceNumber(input)).toBe(expected));
});

describe('niceFloor', () => {
  it.each([
    { input: 450, expected: 400 },
    { input: 12840, expected: 10000 },
    { input: 99, expected: 80 },
    { input: 25, expected: 25 },
  ])('$input -> $expected', ({ input, expected }) => expect(niceFloor(input)).toBe(expected));
});

describe('niceBreaks', () => {
  it('places round breaks near the quantiles of skewed counts', () => {
    const breaks = niceBreaks([0, 3, 4, 8, 12, 15, 18, 25, 30, 38, 52, 60, 95, 120, 450]);
    expect(breaks).toEqual([8, 15, 30, 60]);
  });

  it('has no breaks when there is a single distinct value', () => {
    expect(niceBreaks([450])).toEqual([]);
    expect(niceBreaks([7, 7, 7])).toEqual([]);
    expect(niceBreaks([])).toEqual([]);
  });

  it('never makes more classes than distinct values', () => {
    expect(niceBreaks([0, 100]).length).toBeLessThanOrEqual(1);
  });

  it('is increasing, readable and inside the data for any counts', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 60 }), (values) => {
        const breaks = niceBreaks(values);
        const min = Math.min(...values);
        const max = Math.max(...values);
        breaks.forEach((b, i) => {
          if (i > 0) expect(b).toBeGreaterThan(breaks[i - 1] ?? -Infinity);
          expect(b).toBeGreaterThan(min);
          expect(b).toBeLessThanOrEqual(max);
          expect(Number.isInteger(b)).toBe(true);
          expect(significantDigits(b)).toBeLessThanOrEqual(2);
        });
        expect(breaks.length).toBeLessThanOrEqual(4);
      }),
    );
  });

  it('handles fractions (rates) with round decimal breaks', () => {
    const breaks = niceBreaks([0.012, 0.05, 0.13, 0.31, 0.44, 0.9]);
    expect(breaks.length).toBeGreaterThan(1);
    breaks.forEach((b) => expect(significantDigits(b)).toBeLessThanOrEqual(2));
  });
});
