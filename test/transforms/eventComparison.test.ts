import { describe, expect, it } from 'vitest';
import { eventComparison } from '../../src/transforms/eventComparison';
import { events, placements } from './sampleDatasets';

describe('eventComparison', () => {
  it('one row per event, by start date, with each figure qualified', () => {
    const rows = eventComparison(events);
    expect(rows.map((e) => [e.eventId, e.delegates?.value, e.delegates?.qualifier])).toEqual([
      ['cavf-2022', 600, 'at_least'],
      ['ivf-2023', 400, 'approx'],
      ['cica-rally-2024', 450, 'at_least'],
    ]);
  });

  it('carries source, date and the qualifier of each measure separately', () => {
    const ivf = eventComparison(events).find((e) => e.eventId === 'ivf-2023');
    expect(ivf?.speakers).toMatchObject({ value: 40, qualifier: 'at_least', source: 'The Astana Times', date: '2023-06-20', status: 'reported' });
    expect(ivf?.countries).toMatchObject({ value: 34, qualifier: 'exact' });
  });

  it('an unpublished figure is null, not 0', () => {
    const rally = eventComparison(events).find((e) => e.eventId === 'cica-rally-2024');
    expect(rally?.speakers).toBeNull();
  });

  it('throws on unknown options and on other kinds', () => {
    expect(() => eventComparison(events, { sort: 'name' } as never)).toThrow(/eventComparison/);
    expect(() => eventComparison(placements)).toThrow(/events dataset/);
  });
});
