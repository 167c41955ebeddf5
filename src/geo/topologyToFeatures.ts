// world-atlas TopoJSON -> GeoJSON features, one per country shape.
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { AtlasFeature } from './types';

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Converts the "countries" object of a world-atlas topology; fails loudly on any other shape. */
export function topologyToFeatures(topology: unknown): AtlasFeature[] {
  const topo = topology as CountriesTopology;
  const countries = topo?.objects?.countries;
  if (topo?.type !== 'Topology' || countries?.type !== 'GeometryCollection') {
    throw new Error('Not a world-atlas countries topology: expected objects.countries to be a GeometryCollection');
  }
  const collection = feature(topo, countries);
  return collection.features.filter(
    (f): f is AtlasFeature => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
  ).map((f) => (f.id === undefined ? f : { ...f, id: String(f.id) }));
}
