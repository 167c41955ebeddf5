import { describe, expect, it } from 'vitest';
import { eventComparison } from '../../src/transforms/eventComparison';
import { inLang } from '../../src/transforms/eventText';
import { makeDataset } from './makeDataset';
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

  it('names and cities in each language, falling back to English where a language or the columns are missing', () => {
    const forum = makeDataset('events', [
      { event_id: 'cis-2024', name: 'CIS International Volunteer Forum', name_ru: 'Международный волонтёрский форум СНГ', name_ar: '', start_date: '2024-08-01', city: 'Cholpon-Ata', city_kk: 'Чолпон-Ата' },
    ]);
    const [row] = eventComparison(forum);
    expect(row && [inLang(row.names, 'ru'), inLang(row.names, 'ar'), inLang(row.names, 'en')]).toEqual([
      'Международный волонтёрский форум СНГ', 'CIS International Volunteer Forum', 'CIS International Volunteer Forum',
    ]);
    expect(row && [inLang(row.cities, 'kk'), inLang(row.cities, 'ru')]).toEqual(['Чолпон-Ата', 'Cholpon-Ata']);
    // A file with no name_* columns at all (the sample) shows its names as written.
    const rally = eventComparison(events).find((e) => e.eventId === 'cica-rally-2024');
    expect(rally && inLang(rally.names, 'kk')).toBe('Rally of CICA volunteer movement leaders');
  });

  it('throws on unknown options and on other kinds', () => {
    expect(() => eventComparison(events, { sort: 'name' } as never)).toThrow(/eventComparison/);
    expect(() => eventComparison(placements)).toThrow(/events dataset/);
  });
});
