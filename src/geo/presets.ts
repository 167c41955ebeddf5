// Zoom presets: which countries a view is fitted to. Built from the Country reference so layouts stay pure.
import type { Country } from '../data/types';

export const PRESET_IDS = ['world', 'asia', 'central-asia', 'cica'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface ZoomPreset {
  readonly id: PresetId;
  /** Alpha-3 codes the view is fitted to; null = the whole world. Other countries are still drawn for context. */
  readonly focus: readonly string[] | null;
  /** Longitude placed at the centre of the map; default: the centre of the focus countries (0 for the world). */
  readonly centerLongitude?: number;
}

export const CENTRAL_ASIA: readonly string[] = ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'];

export const WORLD_PRESET: ZoomPreset = { id: 'world', focus: null };

/** The four presets: world, M49 region Asia, the five Central Asian states, CICA members and observer states. */
export function buildPresets(countries: readonly Country[]): Record<PresetId, ZoomPreset> {
  return {
    world: WORLD_PRESET,
    asia: { id: 'asia', focus: countries.filter((c) => c.region === 'Asia').map((c) => c.iso3) },
    'central-asia': { id: 'central-asia', focus: CENTRAL_ASIA },
    cica: { id: 'cica', focus: countries.filter((c) => c.cica !== 'none').map((c) => c.iso3) },
  };
}
