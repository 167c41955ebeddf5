// The map's costly part for one preset and width: the world joined to the reference, the height the preset
// needs at that width, and every shape projected. Pure; run in the geometry worker (see geometryClient.ts).
import { naturalHeight } from '../../geo/planarFit';
import { joinCountries } from '../../geo/joinCountries';
import type { AtlasFeature } from '../../geo/types';
import type { MapGeometry } from './layout';
import type { GeometryRequest } from './geometryRequest';
import { projectShapes } from './projectShapes';

export { geometryKey, type GeometryRequest } from './geometryRequest';

export function computeGeometry(atlas: readonly AtlasFeature[], request: GeometryRequest): MapGeometry {
  const features = joinCountries(atlas, request.countries);
  const natural = naturalHeight(features, request.preset, request.width);
  const height = Math.min(request.maxHeight, Math.max(request.minHeight, natural));
  return projectShapes(features, request.preset, request.width, height);
}
