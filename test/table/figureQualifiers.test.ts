import { describe, expect, it } from 'vitest';
import { qualifiedFigures, withoutOrphanQualifiers } from '../../src/table/figureQualifiers';
import { buildTableModel } from '../../src/table/tableModel';
import { cellValue, codeValue } from '../../src/table/cellValue';
import { EMPTY_TABLE_STATE, type DataTableState } from '../../src/table/tableState';
import { makeDataset, nameOf, placements, regionOf, searchTextOf } from './makeDataset';

const labelOf = (_: string, value: string) => value;

function qualifiersShown(patch: Partial<DataTableState>) {
  const dataset = placements();
  const m = buildTableModel({ dataset, nameOf, searchTextOf, regionOf, lang: 'en', labelOf }, { ...EMPTY_TABLE_STATE, ...patch });
  return [...m.order].map((i) => `${codeValue(m.lookups, 'country', i)}:${cellValue(m.lookups, 'qualifier', i)}`);
}

describe('a qualifier without its figure', () => {
  it('is not shown: the row without a count (Russia) has a blank qualifier', () => {
    expect(qualifiersShown({})).toContain('RUS:');
    expect(qualifiersShown({})).toContain('TUR:at_least');
  });

  it('sorts last in both directions', () => {
    expect(qualifiersShown({ sorting: [{ id: 'qualifier', desc: false }] }).at(-1)).toBe('RUS:');
    expect(qualifiersShown({ sorting: [{ id: 'qualifier', desc: true }] }).at(-1)).toBe('RUS:');
  });

  it('matches no qualifier filter', () => {
    const exact = qualifiersShown({ columnFilters: [{ id: 'qualifier', value: 'exact' }] });
    expect(exact).toHaveLength(6);
    expect(exact.some((r) => r.startsWith('RUS'))).toBe(false);
  });

  it('follows its own figure when a row has several (events)', () => {
    const events = makeDataset('events', { event_id: 'code', delegates: 'number', delegates_qualifier: 'code', speakers: 'number', speakers_qualifier: 'code' }, [
      { event_id: 'a', delegates: 450, delegates_qualifier: 'at_least', speakers: null, speakers_qualifier: 'exact' },
      { event_id: 'b', delegates: null, delegates_qualifier: 'exact', speakers: 40, speakers_qualifier: 'approx' },
    ]);
    expect(qualifiedFigures(events.columns)).toEqual(new Map([['delegates_qualifier', ['delegates']], ['speakers_qualifier', ['speakers']]]));
    const columns = withoutOrphanQualifiers(events.columns);
    const codesOf = (id: string) => { const c = columns[id]; return c?.type === 'code' ? [...c.codes].map((k) => (k < 0 ? null : c.dictionary[k])) : null; };
    expect(codesOf('delegates_qualifier')).toEqual(['at_least', null]);
    expect(codesOf('speakers_qualifier')).toEqual([null, 'approx']);
    // The dataset itself is left as loaded.
    expect(events.columns.speakers_qualifier?.type === 'code' && events.columns.speakers_qualifier.codes[0]).toBe(0);
  });

  it('leaves columns untouched when every figure is there', () => {
    const full = makeDataset('organizations', { country: 'code', count: 'number', qualifier: 'code' }, [{ country: 'KAZ', count: 5, qualifier: 'exact' }]);
    expect(withoutOrphanQualifiers(full.columns)).toBe(full.columns);
  });
});
