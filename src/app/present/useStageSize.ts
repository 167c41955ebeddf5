// The slide's own size and its scale on this screen: slides are laid out at a fixed height and scaled to
// fill the viewport, so type and charts keep their proportions from 1280x720 to 3840x2160.
import { useEffect, useState } from 'react';

/** The height slides are laid out at; everything inside is sized for it and scaled. */
export const STAGE_HEIGHT = 600;
/** The chart's share of the stage height; the rest holds the title, legend and source lines. */
export const CHART_SHARE = 0.6;
/** Widest and narrowest shapes filled edge to edge (16:9 and 4:3); other screens get bands. */
const MAX_ASPECT = 16 / 9;
const MIN_ASPECT = 4 / 3;

export interface StageSize {
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

export function stageSize(viewportWidth: number, viewportHeight: number): StageSize {
  const aspect = Math.min(MAX_ASPECT, Math.max(MIN_ASPECT, viewportWidth / Math.max(1, viewportHeight)));
  const width = Math.round(STAGE_HEIGHT * aspect);
  const scale = Math.min(viewportHeight / STAGE_HEIGHT, viewportWidth / width);
  return { width, height: STAGE_HEIGHT, scale };
}

export function useStageSize(): StageSize {
  const [size, setSize] = useState(() => stageSize(window.innerWidth, window.innerHeight));
  useEffect(() => {
    const onResize = () => setSize(stageSize(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}
