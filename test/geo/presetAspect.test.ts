import { describe, expect, it } from 'vitest';
import { naturalHeight } from '../../src/geo/planarFit';
import { expectedHeight } from '../../src/geo/presetAspect';
import { buildPresets, PRESET_IDS } from '../../src/geo/presets';
import { FEATURES_50M } from './fixtures/atlas';
import { COUNTRIES } from './fixtures/countries';

const presets = buildPresets(COUNTRIES);

describe('expectedHeight', () => {
  // The map's placeholder is this tall: a pixel off is a visible jump (a layout shift) when the map arrives.
  it.each(PRESET_IDS.flatMap((id) => [240, 360, 396.78125, 1180, 3840].map((width) => [id, width] as const)))(
    '%s at %s px wide is the height the projection needs',
    (id, width) => {
      expect(expectedHeight(id, width)).toBe(naturalHeight(FEATURES_50M, presets[id], width));
    },
  );
});
