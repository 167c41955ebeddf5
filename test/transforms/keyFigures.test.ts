import { describe, expect, it } from 'vitest';
import { keyFigures } from '../../src/transforms/keyFigures';
import { makeDataset } from './makeDataset';
import { all } from './sampleDatasets';

const kf = keyFigures(all, { eventId: 'cica-rally-2024', focusCountry: 'KAZ' });

describe('keyFigures', () => {
  it('event delegates and countries with qualifier, date, source and status', () => {
    expect(kf.event?.delegates).toMatchObject({ value: 450, qualifier: 'at_least', date: '2024-10-03', source: 'Kazpravda', status: 'reported' });
    expect(kf.event?.countries).toMatchObject({ value: 21, qualifier: 'exact' });
  });

  it('UN Volunteers worldwide: WLD total in the latest year with data', () => {
    expect(kf.unvWorldwide).toMatchObject({ value: 15000, qualifier: 'approx', date: '2024', source: 'unv.org' });
  });

  it('as of a year: the latest year up to it, skipping gaps', () => {
    const asOf2022 = keyFigures(all, { eventId: 'cica-rally-2024', focusCountry: 'KAZ', year: 2022 });
    expect(asOf2022.unvWorldwide).toMatchObject({ value: 10921, date: '2021' });
    expect(asOf2022.focus.organizations).toMatchObject({ value: 700, date: '2022-12' });
  });

  it('keeps where volunteers serve apart from where they come from', () => {
    const { duty_station, nationality } = kf.focus.placements;
    expect(duty_station.national).toMatchObject({ value: 65, date: '2023' });
    expect(duty_station.international).toBeNull();
    expect(duty_station.total).toBeNull(); // the SDG-tagged row is not a total
    expect(nationality.international).toMatchObject({ value: 9, date: '2023', note: 'funded by Kazakhstan' });
    expect(nationality.national).toMatchObject({ value: 56, date: '2022', sourceUrl: 'https://astanatimes.com/2023/06' });
    expect(nationality.total).toMatchObject({ value: 73, date: '2022' });
  });

  it('organisations: the latest date', () => {
    expect(kf.focus.organizations).toMatchObject({ value: 740, qualifier: 'at_least', date: '2024-10', source: 'Kazinform' });
  });

  it('absent figures are null', () => {
    const none = keyFigures(all, { eventId: 'nope', focusCountry: 'UZB' });
    expect(none.event).toBeNull();
    expect(none.focus.organizations).toBeNull();
    expect(none.focus.placements.nationality.total).toBeNull();
    expect(keyFigures([], { eventId: 'x', focusCountry: 'KAZ' }).unvWorldwide).toBeNull();
  });

  it('takes the newest figure across several datasets of a kind', () => {
    const upload = makeDataset('placements', [{ year: 2025, country: 'WLD', perspective: 'duty_station', type: 'total', count: 16000, source: 'upload.csv' }]);
    expect(keyFigures([...all, upload], { eventId: 'x', focusCountry: 'KAZ' }).unvWorldwide).toMatchObject({ value: 16000, source: 'upload.csv' });
  });

  it.each([
    ['an unknown option', { eventId: 'x', focusCountry: 'KAZ', country: 'KAZ' }],
    ['an aggregate as focus country', { eventId: 'x', focusCountry: 'WLD' }],
    ['no event id', { focusCountry: 'KAZ' }],
  ])('throws on %s', (_label, o) => {
    expect(() => keyFigures(all, o as never)).toThrow(/keyFigures/);
  });
});
