import { describe, expect, it } from 'vitest';
import { codeAt, goalsAt, goalsMask, maskAt, numberAt } from '../../../src/data/columns';
import type { Column } from '../../../src/data/types';

const numbers: Column = { type: 'number', values: Float64Array.from([3, NaN]) };
const codes: Column = { type: 'code', codes: Int32Array.from([1, -1, 0]), dictionary: ['KAZ', 'RUS'] };
const goals: Column = { type: 'goals', masks: Uint32Array.from([0b11000, 0]) };

describe('column readers', () => {
  it('reads numbers, NaN when missing, absent or of another type', () => {
    expect([numberAt(numbers, 0), numberAt(numbers, 1), numberAt(numbers, 5), numberAt(codes, 0), numberAt(undefined, 0)]).toEqual([3, NaN, NaN, NaN, NaN]);
  });
  it('reads dictionary strings, null when missing', () => {
    expect([codeAt(codes, 0), codeAt(codes, 1), codeAt(codes, 2), codeAt(codes, 9), codeAt(numbers, 0)]).toEqual(['RUS', null, 'KAZ', null, null]);
  });
  it('turns goal masks into goal lists and back', () => {
    expect(goalsAt(maskAt(goals, 0))).toEqual([4, 5]);
    expect(goalsAt(maskAt(goals, 1))).toEqual([]);
    expect(goalsAt(1 << 16)).toEqual([17]);
    expect(goalsMask([1, 17])).toBe(0b1_0000_0000_0000_0001);
  });
});
