// The label/symbol anchor of a country: the centroid of its largest polygon on screen,
// so the USA's circle sits on the lower 48 and Russia's on the mainland, not somewhere in between.
import type { GeoPath } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';

/** The polygon with the largest projected area (0 when nothing is visible). */
export function largestPolygon(path: GeoPath, geometry: Polygon | MultiPolygon): { polygon: Polygon; area: number } {
  if (geometry.type === 'Polygon') return { polygon: geometry, area: path.area(geometry) };
  let best: Polygon = { type: 'Polygon', coordinates: geometry.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: 'Polygon', coordinates };
    const area = path.area(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return { polygon: best, area: Math.max(0, bestArea) };
}

/** Screen centroid of the largest polygon, or null when the country is outside the viewport. */
export function anchorOf(path: GeoPath, geometry: Polygon | MultiPolygon): [number, number] | null {
  const { polygon, area } = largestPolygon(path, geometry);
  const [x, y] = area > 0 ? path.centroid(polygon) : path.centroid(geometry);
  return Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null;
}
