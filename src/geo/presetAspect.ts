// Each zoom preset's shape in Equal Earth, known without projecting anything: the map keeps exactly its
// space (naturalHeight's) while the geometry worker projects the shapes, so nothing under it moves when it
// arrives. test/geo/presetAspect.test.ts checks these against the projection of the bundled world.
import type { PresetId } from './presets';

/** Width over height of the preset's fitted countries (the world: all but Antarctica). */
export const PRESET_ASPECT: Readonly<Record<PresetId, number>> = {
  world: 2.238059,
  asia: 1.311048,
  'central-asia': 1.521197,
  cica: 2.44861,
};

/** naturalHeight (fitProjection.ts) from the preset's aspect: the height at which its countries fill `width`. */
export function expectedHeight(preset: PresetId, width: number, padding = 8): number {
  const pad = Math.min(padding, width / 4);
  return Math.ceil((width - 2 * pad) / PRESET_ASPECT[preset] + 2 * pad);
}
