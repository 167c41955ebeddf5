import { describe, expect, it } from 'vitest';
import { nameVariants, normalizeName } from '../../../src/data/normalizeName';
import { boundedDistance, closestName } from '../../../src/data/closestName';

describe('normalizeName', () => {
  const cases = [
    { description: 'case and spacing', input: '  United   KINGDOM ', expected: 'united kingdom' },
    { description: 'Latin accents', input: 'Côte d’Ivoire', expected: 'cote divoire' },
    { description: 'NFC and NFD spell the same', input: 'Tu\u0308rkiye', expected: normalizeName('Türkiye') },
    { description: 'Cyrillic й in both forms', input: 'Кита\u0438\u0306', expected: normalizeName('Китай') },
    { description: 'Kazakh letters fold to Russian', input: 'Қазақстан', expected: 'казакстан' },
    { description: 'Arabic tatweel, harakat, alef forms', input: 'إِيـران', expected: 'ايران' },
    { description: 'zero-width joiners', input: 'Ka\u200Dzakh\u200Cstan', expected: 'kazakhstan' },
    { description: 'ampersand', input: 'Trinidad & Tobago', expected: 'trinidad and tobago' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('offers reordered forms of comma and parenthesis names, the bare head last', () => {
    expect(nameVariants('Korea, Republic of')).toEqual(['korea republic of', 'republic of korea']);
    expect(nameVariants('Congo (Democratic Republic of the)')).toEqual([
      'congo democratic republic of the', 'democratic republic of the congo', 'congo',
    ]);
    expect(nameVariants('The Gambia')).toEqual(['the gambia', 'gambia']);
  });
});

describe('closestName', () => {
  const entries = [
    { key: 'kazakhstan', suggestion: 'Kazakhstan' },
    { key: 'uzbekistan', suggestion: 'Uzbekistan' },
    { key: 'iran', suggestion: 'Iran' },
  ];
  it.each([
    { input: 'kazakstan', expected: 'Kazakhstan' },
    { input: 'uzbekstan', expected: 'Uzbekistan' },
    { input: 'irn', expected: null },
    { input: 'atlantis', expected: null },
  ])('"$input" -> $expected', ({ input, expected }) => {
    expect(closestName(input, entries)).toBe(expected);
  });

  it('computes Levenshtein distance and stops early past the limit', () => {
    expect(boundedDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
