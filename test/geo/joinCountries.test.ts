import { describe, expect, it } from 'vitest';
import { joinCountries } from '../../src/geo/joinCountries';
import { topologyToFeatures } from '../../src/geo/topologyToFeatures';
import { ATLAS_50M, FEATURES_50M } from './fixtures/atlas';
import { COUNTRIES } from './fixtures/countries';

describe('topologyToFeatures', () => {
  it('turns the 1:50m topology into one feature per shape with numeric ids as strings', () => {
    expect(ATLAS_50M).toHaveLength(241);
    expect(ATLAS_50M.find((f) => f.properties.name === 'Kazakhstan')?.id).toBe('398');
    expect(ATLAS_50M.every((f) => f.id === undefined || /^\d{3}$/.test(f.id))).toBe(true);
  });

  it('refuses something that is not a countries topology', () => {
    expect(() => topologyToFeatures({ type: 'FeatureCollection', features: [] })).toThrow(/countries topology/);
    expect(() => topologyToFeatures(null)).toThrow(/countries topology/);
  });
});

describe('joinCountries', () => {
  const byIso3 = new Map(FEATURES_50M.filter((f) => f.iso3).map((f) => [f.iso3, f]));

  it('joins Bahrain (ISO 048), which exists only at 1:50m', () => {
    expect(byIso3.get('BHR')).toMatchObject({ key: 'BHR', numeric: '048', atlasName: 'Bahrain' });
  });

  it('joins every fixture country that has a shape, including all 38 CICA states', () => {
    const cica = COUNTRIES.filter((c) => c.cica !== 'none');
    expect(cica).toHaveLength(38);
    expect(cica.filter((c) => !byIso3.has(c.iso3)).map((c) => c.iso3)).toEqual([]);
  });

  it('keeps shapes without an ISO id as unjoined land, never matched to a country', () => {
    const unjoined = FEATURES_50M.filter((f) => f.iso3 === null).map((f) => f.atlasName);
    expect(unjoined).toEqual(expect.arrayContaining(['Kosovo', 'N. Cyprus', 'Somaliland']));
    const kosovo = FEATURES_50M.find((f) => f.atlasName === 'Kosovo');
    expect(kosovo).toMatchObject({ iso3: null, numeric: null, key: 'atlas:Kosovo' });
  });

  it('merges shapes that share a code into one country (Australia and Ashmore and Cartier Is.)', () => {
    const australia = FEATURES_50M.filter((f) => f.iso3 === 'AUS');
    expect(australia).toHaveLength(1);
    const atlasAustralia = ATLAS_50M.filter((f) => f.id === '036');
    expect(atlasAustralia).toHaveLength(2);
    expect(australia[0]?.geometry.type).toBe('MultiPolygon');
  });

  it('leaves shapes whose code is missing from the reference unjoined, with unique keys', () => {
    const features = joinCountries(ATLAS_50M, COUNTRIES.filter((c) => c.iso3 === 'KAZ'));
    expect(features.filter((f) => f.iso3 !== null).map((f) => f.iso3)).toEqual(['KAZ']);
    expect(new Set(features.map((f) => f.key)).size).toBe(features.length);
  });
});
