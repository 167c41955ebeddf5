// Where an open menu panel goes: under (or above) its button, aligned to the button's start edge,
// and moved or shrunk until every part of it is inside the viewport.

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Viewport coordinates (CSS pixels from the top left), as getBoundingClientRect gives them. */
export interface Placement {
  readonly left: number;
  readonly top: number;
  readonly maxWidth: number;
  readonly maxHeight: number;
}

/** Space kept between a panel and the viewport's edges. */
export const EDGE = 8;

/**
 * `panel` is the panel's natural size; `dir` is the writing direction: a right-to-left menu lines up
 * with its button's right edge. Opens downwards unless there is more room above and the panel does not fit below.
 */
export function placeMenu(anchor: Box, panel: Size, viewport: Size, dir: 'ltr' | 'rtl', edge = EDGE): Placement {
  const maxWidth = Math.max(0, viewport.width - 2 * edge);
  const width = Math.min(panel.width, maxWidth);
  const start = dir === 'rtl' ? anchor.right - width : anchor.left;
  const left = Math.min(Math.max(start, edge), viewport.width - edge - width);
  const below = viewport.height - edge - anchor.bottom;
  const above = anchor.top - edge;
  if (panel.height <= below || below >= above) {
    const top = Math.min(Math.max(anchor.bottom, edge), viewport.height - edge);
    return { left, top, maxWidth, maxHeight: Math.max(0, viewport.height - edge - top) };
  }
  const height = Math.min(panel.height, above);
  return { left, top: Math.max(edge, anchor.top - height), maxWidth, maxHeight: height };
}

export function samePlacement(a: Placement | null, b: Placement): boolean {
  return a !== null && a.left === b.left && a.top === b.top && a.maxWidth === b.maxWidth && a.maxHeight === b.maxHeight;
}
