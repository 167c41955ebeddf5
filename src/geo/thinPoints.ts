// Drops projected points closer than a tolerance to the last kept one: 1:50m detail is far below a pixel
// at dashboard sizes, and thinning keeps the SVG light without a second, coarser topology.
import type { GeoStream, GeoStreamWrapper } from 'd3-geo';

function thinStream(sink: GeoStream, tolerance: number): GeoStream {
  const t2 = tolerance * tolerance;
  let inLine = false;
  let first = true;
  let lastX = 0;
  let lastY = 0;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (!inLine) return sink.point(x, y);
      const dx = x - lastX;
      const dy = y - lastY;
      if (first || dx * dx + dy * dy >= t2) {
        sink.point(x, y);
        lastX = x;
        lastY = y;
        first = false;
        pending = null;
      } else {
        pending = [x, y];
      }
    },
    lineStart() {
      inLine = true;
      first = true;
      pending = null;
      sink.lineStart();
    },
    lineEnd() {
      // Keep the end of every line so rings and clipped edges still meet where they should.
      if (pending) sink.point(pending[0], pending[1]);
      inLine = false;
      pending = null;
      sink.lineEnd();
    },
    polygonStart: () => sink.polygonStart(),
    polygonEnd: () => sink.polygonEnd(),
    sphere: () => sink.sphere?.(),
  };
}

/** A stream wrapper for geoPath: project, then thin to `tolerance` pixels. */
export function thinProjection(projection: GeoStreamWrapper, tolerance = 0.7): GeoStreamWrapper {
  return { stream: (sink) => projection.stream(thinStream(sink, tolerance)) };
}
