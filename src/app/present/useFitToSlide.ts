// A slide's content must fit its stage: titles, notices, legends and source lines keep their size, so when
// they need more room (five sources under a map) the chart gives it up. Measured after every change inside
// the slide (data, the map's geometry and the sources arrive later than the first render).
import { useEffect, useRef, useState, type RefObject } from 'react';

/** The chart gives up at most this share of its planned height. */
const MAX_GIVEN_UP = 0.65;

/**
 * How far, in the slide's own pixels, the lowest box inside `body` reaches below it. Panels clip their own
 * content, so the body's scroll height does not show it; boxes inside a chart's SVG are the chart's.
 */
function overflowOf(body: HTMLElement): { readonly over: number; readonly chart: number } {
  const box = body.getBoundingClientRect();
  if (box.height === 0 || body.clientHeight === 0) return { over: 0, chart: 0 };
  let lowest = box.bottom;
  for (const el of body.querySelectorAll(':not(svg *)')) lowest = Math.max(lowest, el.getBoundingClientRect().bottom);
  // The slide is drawn scaled to the screen: screen pixels back to the slide's own.
  const toSlide = body.clientHeight / box.height;
  const over = (lowest - box.bottom) * toSlide;
  const chart = (body.querySelector(CHART)?.getBoundingClientRect().height ?? 0) * toSlide;
  // Sub-pixel rounding is not overflow (and chasing it would shrink the chart a pixel per render).
  return { over: over < 1 ? 0 : Math.ceil(over), chart };
}

/** The drawn chart whose height the slide sets. */
const CHART = '.chart-panel__chart svg, svg.world-map';

/**
 * Returns a ref for the slide's body (a box with `overflow: hidden` of the space the slide has left) and the
 * chart height to draw: `planned`, less whatever the content overflows the body by.
 */
export function useFitToSlide(planned: number): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [shrink, setShrink] = useState({ planned, by: 0 });
  // A new stage size starts again from the planned height.
  const by = shrink.planned === planned ? shrink.by : 0;
  const most = Math.round(planned * MAX_GIVEN_UP);

  useEffect(() => {
    const body = ref.current;
    if (!body) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const { over, chart } = overflowOf(body);
      if (over <= 0) return;
      setShrink((s) => {
        const current = s.planned === planned ? s.by : 0;
        // A chart may be drawn at a share of the height it is given (the map at 88%): give up enough for the
        // drawn chart to lose `over`, in one step, since each redraw of the map takes a moment.
        const given = planned - current;
        const share = chart > 0 && given > 0 ? Math.min(1, Math.max(0.25, chart / given)) : 1;
        const next = Math.min(most, current + Math.ceil(over / share));
        return next === current && s.planned === planned ? s : { planned, by: next };
      });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    schedule();
    const mutations = new MutationObserver(schedule);
    mutations.observe(body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['height', 'style', 'viewBox', 'class', 'hidden'] });
    return () => {
      mutations.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [planned, most]);

  return [ref, planned - by];
}
