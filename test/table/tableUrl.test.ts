import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeFilters, decodeGrouping, decodeSearch, decodeSort, encodeFilters, encodeGrouping, encodeSearch, encodeSort,
  paramsFromTableState, tableStateFromParams,
} from '../../src/table/tableUrl';

const IDS = ['country', 'count', 'year', 'source', 'sdg', 'status'];

describe('sort parameter', () => {
  it.each([
    { description: 'descending then ascending', input: '-count~country', expected: [{ id: 'count', desc: true }, { id: 'country', desc: false }] },
    { description: 'empty', input: '', expected: [] },
    { description: 'stray separators', input: '~year~', expected: [{ id: 'year', desc: false }] },
  ])('decodes $description', ({ input, expected }) => {
    expect(decodeSort(input, IDS)).toEqual({ value: expected, invalid: [] });
  });
  it('drops and reports unknown columns and repeats', () => {
    expect(decodeSort('-count~nope~count~<x>', IDS)).toEqual({ value: [{ id: 'count', desc: true }], invalid: ['nope', 'count', '<x>'] });
  });
  it('encodes the sort order, primary first', () => {
    expect(encodeSort([{ id: 'count', desc: true }, { id: 'country', desc: false }])).toBe('-count~country');
  });
});

describe('filter parameter', () => {
  it.each([
    { description: 'value list', input: 'country:KAZ|UZB', expected: [{ id: 'country', value: ['KAZ', 'UZB'] }] },
    { description: 'range', input: 'count:10..500', expected: [{ id: 'count', value: { min: 10, max: 500 } }] },
    { description: 'open range', input: 'count:..500~year:2020..', expected: [{ id: 'count', value: { min: null, max: 500 } }, { id: 'year', value: { min: 2020, max: null } }] },
    { description: 'negative and decimal bounds', input: 'count:-1.5..2', expected: [{ id: 'count', value: { min: -1.5, max: 2 } }] },
    { description: 'text contains', input: 'source*:Astana Times', expected: [{ id: 'source', value: 'Astana Times' }] },
    { description: 'escaped separators in text', input: 'source*:a%7Eb%7Cc%25', expected: [{ id: 'source', value: 'a~b|c%' }] },
    { description: 'SDG goals', input: 'sdg:4|5|none', expected: [{ id: 'sdg', value: ['4', '5', 'none'] }] },
  ])('decodes $description', ({ input, expected }) => {
    expect(decodeFilters(input, IDS)).toEqual({ value: expected, invalid: [] });
  });
  it.each([
    { description: 'unknown column', input: 'nope:1' },
    { description: 'no value', input: 'country:' },
    { description: 'reversed range', input: 'count:9..1' },
    { description: 'no colon', input: 'country' },
    { description: 'bad escape', input: 'source*:%E0%A4%A' },
    { description: 'empty list item', input: 'country:KAZ||UZB' },
  ])('drops and reports $description', ({ input }) => {
    expect(decodeFilters(input, IDS)).toEqual({ value: [], invalid: [input] });
  });
  it('keeps the valid parts when one part is invalid', () => {
    expect(decodeFilters('country:KAZ~count:x..y', IDS)).toEqual({ value: [{ id: 'country', value: ['KAZ'] }], invalid: ['count:x..y'] });
  });
  it('encodes empty filters as nothing', () => {
    expect(encodeFilters([{ id: 'country', value: [] }, { id: 'count', value: { min: null, max: null } }, { id: 'source', value: '' }])).toBe('');
  });
  it('round-trips any filters', () => {
    const text = fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== '');
    const bound = fc.option(fc.integer({ min: -1e6, max: 1e6 }), { nil: null });
    const filter = fc.oneof(
      fc.record({ id: fc.constant('source'), value: text }),
      fc.record({ id: fc.constant('country'), value: fc.array(fc.string({ minLength: 1 }), { minLength: 1, maxLength: 4 }) }),
      fc.record({ id: fc.constant('count'), value: fc.tuple(bound, bound).filter(([a, b]) => a !== null || b !== null)
        .map(([a, b]) => (a !== null && b !== null && a > b ? { min: b, max: a } : { min: a, max: b })) }),
    );
    fc.assert(fc.property(fc.uniqueArray(filter, { selector: (f) => f.id }), (filters) => {
      expect(decodeFilters(encodeFilters(filters), IDS)).toEqual({ value: filters, invalid: [] });
    }));
  });
});

describe('search and grouping parameters', () => {
  it('search is the trimmed text', () => {
    expect(encodeSearch('  Қазақстан ')).toBe('Қазақстан');
    expect(decodeSearch(' türkiye ')).toEqual({ value: 'türkiye', invalid: [] });
  });
  it('grouping round-trips and drops unknown columns', () => {
    expect(decodeGrouping(encodeGrouping(['country', 'year']), IDS)).toEqual({ value: ['country', 'year'], invalid: [] });
    expect(decodeGrouping('country~bogus', IDS)).toEqual({ value: ['country'], invalid: ['bogus'] });
  });
});

describe('tableStateFromParams / paramsFromTableState', () => {
  it('round-trips the four parameters', () => {
    const params = { sort: '-count~country', filter: 'country:KAZ|UZB~count:10..500~source*:Astana', q: 'Қазақстан', group: 'year' };
    const decoded = tableStateFromParams(params, IDS);
    expect(decoded.invalid).toEqual([]);
    expect(decoded.value.globalFilter).toBe('Қазақстан');
    expect(paramsFromTableState(decoded.value)).toEqual(params);
  });
  it('collects every invalid part and keeps the rest', () => {
    const decoded = tableStateFromParams({ sort: 'bogus~-year', filter: 'count:..', q: '', group: 'year~year' }, IDS);
    expect(decoded.value.sorting).toEqual([{ id: 'year', desc: true }]);
    expect(decoded.value.columnFilters).toEqual([]);
    expect(decoded.value.grouping).toEqual(['year']);
    expect(decoded.invalid).toEqual(['bogus', 'count:..', 'year']);
  });
});
