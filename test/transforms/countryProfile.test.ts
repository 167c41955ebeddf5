import { describe, expect, it } from 'vitest';
import { countryProfile } from '../../src/transforms/countryProfile';
import { all } from './sampleDatasets';
import { load } from '../data/loader/helpers';

const kaz = countryProfile(all, 'KAZ');

describe('countryProfile', () => {
  it('lists every placement figure, newest first, perspective and goals labelled', () => {
    expect(kaz.placements.map((p) => [p.year, p.perspective, p.type, p.goals, p.figure.value])).toEqual([
      [2023, 'duty_station', 'national', [], 65],
      [2023, 'duty_station', 'total', [4, 5], 30],
      [2023, 'nationality', 'international', [], 9],
      [2022, 'nationality', 'national', [], 56],
      [2022, 'nationality', 'total', [], 73],
    ]);
  });

  it('every figure has its source and date', () => {
    const figures = [...kaz.placements.map((p) => p.figure), ...kaz.organizations, ...kaz.delegations.map((d) => d.figure)];
    expect(figures.length).toBe(11);
    for (const f of figures) expect([f.date, f.source]).not.toContain(null);
    expect(kaz.placements[1]?.figure).toMatchObject({ source: 'demo', status: 'illustrative' });
  });

  it('organisations newest first', () => {
    expect(kaz.organizations.map((o) => o.date)).toEqual(['2024-10', '2023-06', '2022-12', '2019']);
  });

  it('delegations carry the event name and date; illustrative splits stay marked', () => {
    expect(kaz.delegations.map((d) => [d.eventId, d.eventName, d.figure.date, d.figure.status])).toEqual([
      ['ivf-2023', 'International Volunteer Forum', '2023-06-20', 'illustrative'],
      ['cica-rally-2024', 'Rally of CICA volunteer movement leaders', '2024-10-03', 'illustrative'],
    ]);
  });

  it('hosted events', () => {
    expect(kaz.hostedEvents.map((e) => e.eventId)).toEqual(['cavf-2022', 'ivf-2023', 'cica-rally-2024']);
  });

  it('a country that only took part', () => {
    const aze = countryProfile(all, 'AZE');
    expect(aze.placements).toEqual([]);
    expect(aze.delegations[0]?.figure).toMatchObject({ value: null, source: 'Kazpravda' });
  });

  it('lists the country\'s indicators by indicator, newest year first, with their units and sources', () => {
    const indicators = load([
      'indicator,unit,country,year,value,source',
      'Volunteer rate (%),percent,KAZ,2021,12.5,Survey A',
      'Registered volunteers,count,KAZ,2022,41000,Platform B',
      'Volunteer rate (%),percent,KAZ,2023,13.25,Survey A',
      'Volunteer rate (%),percent,UZB,2023,9,Survey A',
    ].join('\n')).dataset!;
    const profile = countryProfile([...all, indicators], 'KAZ');
    expect(profile.indicators.map((i) => [i.name, i.unit, i.year, i.figure.value, i.figure.source])).toEqual([
      ['Volunteer rate (%)', 'percent', 2023, 13.25, 'Survey A'],
      ['Volunteer rate (%)', 'percent', 2021, 12.5, 'Survey A'],
      ['Registered volunteers', 'count', 2022, 41000, 'Platform B'],
    ]);
    expect(kaz.indicators).toEqual([]);
  });

  it('throws without a code', () => {
    expect(() => countryProfile(all, '')).toThrow(/countryProfile/);
  });
});
