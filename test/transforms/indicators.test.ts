// Indicators of a loaded file: one entry per name with its unit and slug; one indicator's figures per country.
import { describe, expect, it } from 'vitest';
import { countryValues } from '../../src/transforms/countryValues';
import { chosenIndicator, indicatorsOf } from '../../src/transforms/indicators';
import { formatIndicator } from '../../src/scales/formatIndicator';
import { load } from '../data/loader/helpers';

const csv = [
  'indicator,unit,country,year,value,source',
  'Volunteer rate (%),percent,KAZ,2021,12.5,Survey A',
  'Volunteer rate (%),percent,KAZ,2022,13.25,Survey A',
  'Volunteer rate (%),percent,UZB,2022,9,Survey A',
  'Registered volunteers,count,KAZ,2022,41000,Platform B',
].join('\n');

describe('indicators', () => {
  const ds = load(csv).dataset!;

  it('are listed with their unit and a slug for the URL', () => {
    expect(indicatorsOf(ds)).toEqual([
      { name: 'Volunteer rate (%)', slug: 'volunteer-rate', unit: 'percent' },
      { name: 'Registered volunteers', slug: 'registered-volunteers', unit: 'count' },
    ]);
    expect(chosenIndicator(indicatorsOf(ds), 'registered-volunteers')?.name).toBe('Registered volunteers');
    expect(chosenIndicator(indicatorsOf(ds), null)?.name).toBe('Volunteer rate (%)');
  });

  it('give one indicator per country, its latest year, never mixed with another indicator', () => {
    const values = countryValues(ds, { metric: 'indicators', indicator: 'Volunteer rate (%)' });
    expect([...values].map(([iso3, v]) => [iso3, v.value, v.date])).toEqual([['KAZ', 13.25, '2022'], ['UZB', 9, '2022']]);
    const in2021 = countryValues(ds, { metric: 'indicators', indicator: 'Volunteer rate (%)', year: 2021 });
    expect([...in2021].map(([iso3, v]) => [iso3, v.value])).toEqual([['KAZ', 12.5]]);
  });

  it('show their unit', () => {
    expect(formatIndicator(12.5, 'percent', 'exact', 'en', 'per 1,000')).toBe('12.5%');
    expect(formatIndicator(4.25, 'per_1000', 'exact', 'en', 'per 1,000')).toBe('4.25 per 1,000');
    expect(formatIndicator(1234.567, 'other', 'exact', 'en', 'per 1,000')).toBe('1,234.57');
  });
});
