// The countries a reader cannot act on (no data, or not a country) drawn as one path per look instead of one
// each: the same picture with a couple of elements where there were two hundred, so the map costs the page far
// less to create, style and lay out when it arrives.
import type { MapPath } from './types';

export interface BackgroundGroup {
  readonly key: string;
  readonly d: string;
  /** The shapes' own fill, or their pattern's name (MapPatterns). */
  readonly fill: string;
  readonly pattern?: MapPath['pattern'];
  readonly stroke: string;
  readonly strokeWidth: number;
}

export type FocusablePath = MapPath & { readonly iso3: string };

/** Splits the layout's paths into background groups (in first-seen order) and the focusable paths (in order). */
export function backgroundGroups(paths: readonly MapPath[]): { groups: BackgroundGroup[]; focusable: FocusablePath[] } {
  const byLook = new Map<string, { first: MapPath; ds: string[] }>();
  const focusable: FocusablePath[] = [];
  for (const p of paths) {
    if (p.focusable && p.iso3 !== null) {
      focusable.push({ ...p, iso3: p.iso3 });
      continue;
    }
    const look = `${p.pattern ?? ''}|${p.fill}|${p.stroke}|${p.strokeWidth}`;
    const group = byLook.get(look);
    if (group) group.ds.push(p.d);
    else byLook.set(look, { first: p, ds: [p.d] });
  }
  const groups = [...byLook.values()].map(({ first, ds }) => ({
    key: `bg:${first.key}`, d: ds.join(''), fill: first.fill, stroke: first.stroke, strokeWidth: first.strokeWidth,
    ...(first.pattern ? { pattern: first.pattern } : {}),
  }));
  return { groups, focusable };
}
