// Tells the page around the iframe how tall the chart is, each time that changes (embed.js sizes the frame).
// Only a changed height is posted, and the body's height does not depend on the frame's: no resize loop.
import { useEffect } from 'react';
import type { ChartId } from '../../state/chartIds';

export const MESSAGE_KEY = 'volunteer-dashboard';

export interface HeightMessage {
  readonly [MESSAGE_KEY]: { readonly chart: ChartId; readonly height: number };
}

export function useAutoHeight(chart: ChartId): void {
  useEffect(() => {
    if (window.parent === window || typeof ResizeObserver === 'undefined') return;
    let last = -1;
    const post = () => {
      const height = Math.ceil(document.body.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { [MESSAGE_KEY]: { chart, height } };
      // The height is no secret, and the host's origin is unknown: any parent may read it.
      window.parent.postMessage(message, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [chart]);
}
