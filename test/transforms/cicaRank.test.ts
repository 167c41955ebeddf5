import { describe, expect, it } from 'vitest';
import type { CicaStatus, Country } from '../../src/data/types';
import { cicaRank } from '../../src/transforms/cicaRank';
import type { CountryValue } from '../../src/transforms/countryValues';

function country(iso3: string, cica: CicaStatus): Country {
  const names = { en: iso3, ar: iso3, ru: iso3, kk: iso3 };
  return { iso3, iso2: iso3.slice(0, 2), numeric: '000', names, region: '', subregion: '', cica, aliases: [] };
}
function cv(value: number | null): CountryValue {
  return { value, qualifier: 'exact', date: null, source: null, sourceUrl: null, sourceDate: null, status: 'reported', note: null, tookPart: false };
}

const countries = [country('KAZ', 'member'), country('UZB', 'member'), country('USA', 'observer'), country('FRA', 'none'), country('AZE', 'member')];
const values = new Map([
  ['KAZ', cv(65)],
  ['UZB', cv(100)],
  ['USA', cv(500)],
  ['FRA', cv(1000)],
  ['AZE', cv(null)],
]);

describe('cicaRank', () => {
  it('ranks among CICA members and observers with data; non-CICA states do not count', () => {
    expect(cicaRank(values, 'KAZ', countries)).toEqual({ rank: 3, of: 3, value: 65, isCica: true });
  });
  it('can leave observers out', () => {
    expect(cicaRank(values, 'KAZ', countries, { observers: false })).toEqual({ rank: 2, of: 2, value: 65, isCica: true });
  });
  it('no rank without a value or outside CICA', () => {
    expect(cicaRank(values, 'AZE', countries).rank).toBeNull();
    expect(cicaRank(values, 'FRA', countries)).toMatchObject({ rank: null, isCica: false, of: 3 });
  });
  it('throws on unknown options', () => {
    expect(() => cicaRank(values, 'KAZ', countries, { members: true } as never)).toThrow(/cicaRank/);
  });
});
