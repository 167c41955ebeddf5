// The map's placeholder is sized by CSS (it must be right in the prerendered page, before any script measures
// the frame): its aspects must be the ones the map is drawn with, or the page jumps when the map arrives.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRESET_ASPECT } from '../../../src/geo/presetAspect';
import { PRESET_IDS } from '../../../src/geo/presets';

const css = readFileSync(resolve(process.cwd(), 'src/charts/map/mapSpace.css'), 'utf8');

describe('mapSpace.css', () => {
  it.each(PRESET_IDS)('keeps the %s map\'s height: its aspect, padding and limits', (id) => {
    const rule = new RegExp(`\\.map-space--${id} \\{ padding-block-start: clamp\\(160px, round\\(up, calc\\(\\(100% - 16px\\) / ([\\d.]+) \\+ 16px\\), 1px\\), var\\(--map-max-height, 520px\\)\\); \\}`).exec(css);
    expect(rule, `no .map-space--${id} rule of the expected form`).not.toBeNull();
    expect(Number(rule?.[1])).toBe(PRESET_ASPECT[id]);
  });
});
