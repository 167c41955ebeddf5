// Geometry stages of the map: what the topology gives, and what the ISO join returns.
import type { Feature, MultiPolygon, Polygon } from 'geojson';

/** A country shape as world-atlas ships it: id is ISO 3166 numeric ("048"), absent for Kosovo and a few others. */
export type AtlasFeature = Feature<Polygon | MultiPolygon, { name: string }> & { id?: string };

/** A country shape joined to the reference table. */
export interface MapFeature {
  /** Unique and stable across renders: the iso3, or "atlas:<name>" for shapes that join no country. */
  readonly key: string;
  /** ISO alpha-3, or null for shapes without an ISO code (Kosovo, N. Cyprus, Somaliland...): drawn as land, never joined. */
  readonly iso3: string | null;
  /** world-atlas id (ISO numeric), or null when the shape has none. */
  readonly numeric: string | null;
  /** Natural Earth name, for debugging only; user-facing names come from the Country reference. */
  readonly atlasName: string;
  readonly geometry: Polygon | MultiPolygon;
}
