// One indicator over the years, per country: every published year, nothing from another indicator.
import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../src/transforms/indicatorSeries';
import { load } from '../data/loader/helpers';

const csv = [
  'indicator,unit,country,year,value,qualifier,source',
  'Volunteer rate (%),percent,KAZ,2021,12.5,,Survey A',
  'Volunteer rate (%),percent,KAZ,2023,13.25,approx,Survey A',
  'Volunteer rate (%),percent,UZB,2022,9,,Survey B',
  'Volunteer rate (%),percent,WLD,2022,20,,Survey C',
  'Registered volunteers,count,KAZ,2022,41000,,Platform B',
].join('\n');

describe('indicatorSeries', () => {
  const ds = load(csv).dataset!;

  it('gives each country its figures by year, ascending, from one indicator only', () => {
    const series = indicatorSeries(ds, 'Volunteer rate (%)');
    expect(series.map((s) => [s.iso3, s.points.map((p) => [p.year, p.figure.value, p.figure.qualifier, p.figure.source])])).toEqual([
      ['KAZ', [[2021, 12.5, 'exact', 'Survey A'], [2023, 13.25, 'approx', 'Survey A']]],
      ['UZB', [[2022, 9, 'exact', 'Survey B']]],
    ]);
  });

  it('is empty for an indicator the file does not have', () => {
    expect(indicatorSeries(ds, 'Something else')).toEqual([]);
  });
});
