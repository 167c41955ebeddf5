// Each shape projected once per rotation: Equal Earth at scale 1, cut at the antimeridian, as planar polygons.
// The map at any size of a preset is then these scaled and moved (planarFit.ts), with no trigonometry: the
// spherical work, most of the map's cost, is done once per preset instead of once per size and per measure
// (path, areas, anchors, bounds each walked the sphere again).
import { geoEqualEarth, geoStream, type GeoStream } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';

const made = new WeakMap<Polygon | MultiPolygon, Map<number, MultiPolygon>>();

/** The projection every unit shape is made with; `rotation` is the longitude at the map's centre. */
export function unitProjection(rotation: number) {
  // No adaptive resampling: the 1:50m shapes' points lie a few kilometres apart, far below a pixel.
  return geoEqualEarth().rotate([-rotation, 0]).scale(1).translate([0, 0]).precision(0);
}

/** `geometry` projected at scale 1 around `rotation` (kept for the geometry object's life). */
export function unitShape(geometry: Polygon | MultiPolygon, rotation: number): MultiPolygon {
  let byRotation = made.get(geometry);
  if (!byRotation) made.set(geometry, (byRotation = new Map()));
  let shape = byRotation.get(rotation);
  if (!shape) byRotation.set(rotation, (shape = project(geometry, rotation)));
  return shape;
}

function project(geometry: Polygon | MultiPolygon, rotation: number): MultiPolygon {
  const polygons: Position[][][] = [];
  let polygon: Position[][] | null = null;
  let ring: Position[] | null = null;
  // Records the projected stream as it comes: a polygon cut at the antimeridian arrives as one polygon of several
  // rings, and is kept so, which a planar path streams exactly as the projection would have.
  const sink: GeoStream = {
    point(x, y) {
      ring?.push([x, y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      const first = ring?.[0];
      // A GeoJSON ring repeats its first point; streaming it again drops that point, as the projection did.
      if (ring && first && polygon) polygon.push([...ring, first]);
      ring = null;
    },
    polygonStart() {
      polygon = [];
    },
    polygonEnd() {
      if (polygon && polygon.length > 0) polygons.push(polygon);
      polygon = null;
    },
    sphere() {},
  };
  geoStream(geometry, unitProjection(rotation).stream(sink));
  return { type: 'MultiPolygon', coordinates: polygons };
}
