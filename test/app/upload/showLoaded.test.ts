// After an upload the views switch to what was loaded: its dataset (and, for events, its newest event), same view.
import { describe, expect, it } from 'vitest';
import { datasetChoiceOf, loadedUpload, showLoaded } from '../../../src/app/upload/showLoaded';
import { DEFAULT_STATE, type ViewState } from '../../../src/state/viewState';
import { makeDataset } from '../../transforms/makeDataset';
import { load } from '../../data/loader/helpers';

const onMap: ViewState = { ...DEFAULT_STATE, view: 'map', dataset: 'delegates', metric: 'delegates', table: { sort: 'country', filter: '', q: 'kaz', group: '' } };

const placements = makeDataset('placements', [
  { year: 2024, country: 'KAZ', perspective: 'duty_station', type: 'total', count: 5 },
  { year: 2024, country: 'UZB', perspective: 'duty_station', type: 'total', count: 7 },
], { name: 'unv.csv' });

const events = makeDataset('events', [
  { event_id: 'late', name: 'Late forum', start_date: '2025-09-01' },
  { event_id: 'early', name: 'Early forum', start_date: '2021-03-01' },
  { event_id: 'mid', start_date: '2023-05-01' },
], { name: 'events.csv' });

describe('datasetChoiceOf', () => {
  it.each([
    { kind: 'delegates', expected: 'delegates' },
    { kind: 'placements', expected: 'placements' },
    { kind: 'organizations', expected: 'organizations' },
    { kind: 'events', expected: 'delegates' },
  ] as const)('a $kind file is shown on the $expected dataset', ({ kind, expected }) => {
    expect(datasetChoiceOf(kind)).toBe(expected);
  });
});

describe('loadedUpload', () => {
  it('counts the rows that joined the views and names the file', () => {
    expect(loadedUpload('unv.csv', placements)).toEqual({ file: 'unv.csv', kind: 'placements', rows: 2, dataset: 'placements', event: null, indicator: null });
  });

  it('picks the newest event of an events file by start date, whatever the row order', () => {
    expect(loadedUpload('events.csv', events).event).toEqual({ id: 'late', name: 'Late forum' });
  });

  it('names an event without a name by its id', () => {
    const unnamed = makeDataset('events', [{ event_id: 'x-2025', start_date: '2025-01-01' }]);
    expect(loadedUpload('e.csv', unnamed).event).toEqual({ id: 'x-2025', name: 'x-2025' });
  });
});

describe('showLoaded', () => {
  it('switches to the uploaded dataset and keeps the view; the table state of the old dataset is dropped', () => {
    const next = showLoaded(onMap, loadedUpload('unv.csv', placements));
    expect(next).toEqual({ ...onMap, dataset: 'placements', metric: 'total', table: DEFAULT_STATE.table });
  });

  it('changes nothing when the views already show that dataset', () => {
    const delegates = makeDataset('delegates', [{ event_id: 'cica-rally-2024', country: 'KAZ', delegates: 3 }]);
    expect(showLoaded(onMap, loadedUpload('d.csv', delegates))).toBe(onMap);
  });

  it('an indicators file shows its own first indicator, not the one shown before', () => {
    const owid = load('indicator,unit,country,year,value,source\nShare who volunteered (%),percent,UZB,2021,12.5,E2E survey\n').dataset!;
    const before = { ...onMap, dataset: 'indicators', metric: 'value', indicator: 'volunteers-ilo-labour-force-survey' } as const;
    const next = showLoaded(before, loadedUpload('owid.csv', owid));
    expect([next.view, next.dataset, next.indicator]).toEqual(['map', 'indicators', 'share-who-volunteered']);
  });

  it('an events file shows the delegates of its newest event', () => {
    const next = showLoaded({ ...onMap, dataset: 'organizations', metric: 'count' }, loadedUpload('events.csv', events));
    expect([next.view, next.dataset, next.metric, next.event]).toEqual(['map', 'delegates', 'delegates', 'late']);
  });
});
