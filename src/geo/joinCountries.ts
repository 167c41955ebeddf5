// Joins world-atlas shapes (ISO numeric ids) to alpha-3 through the Country reference.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Country } from '../data/types';
import type { AtlasFeature, MapFeature } from './types';

type Rings = Position[][];

function polygonsOf(geometry: Polygon | MultiPolygon): Rings[] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * One MapFeature per country; shapes sharing a code (Australia and Ashmore and Cartier Is.) merge into one,
 * so a country is one focus stop. Shapes without an id, or with a code missing from the reference, stay
 * unjoined (iso3 null): they are drawn as land without data.
 */
export function joinCountries(features: readonly AtlasFeature[], countries: readonly Pick<Country, 'iso3' | 'numeric'>[]): MapFeature[] {
  const byNumeric = new Map<string, string>();
  for (const c of countries) if (c.numeric) byNumeric.set(c.numeric, c.iso3);

  const joined = new Map<string, { numeric: string; atlasName: string; polygons: Rings[] }>();
  const result: MapFeature[] = [];
  features.forEach((f, i) => {
    const iso3 = f.id === undefined ? undefined : byNumeric.get(f.id);
    if (iso3 === undefined) {
      result.push({ key: `atlas:${f.properties.name || i}`, iso3: null, numeric: f.id ?? null, atlasName: f.properties.name, geometry: f.geometry });
      return;
    }
    const entry = joined.get(iso3);
    if (entry) entry.polygons.push(...polygonsOf(f.geometry));
    else joined.set(iso3, { numeric: f.id ?? '', atlasName: f.properties.name, polygons: polygonsOf(f.geometry) });
  });
  for (const [iso3, { numeric, atlasName, polygons }] of joined) {
    const geometry: Polygon | MultiPolygon =
      polygons.length === 1 && polygons[0] ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
    result.push({ key: iso3, iso3, numeric, atlasName, geometry });
  }
  return result;
}
