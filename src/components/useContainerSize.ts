// Follows an element's content size with ResizeObserver; a fixed fallback where it is unavailable (SSR, old browsers).
import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * `now`: measure in the layout effect, before the first paint (a prerendered page hydrating: it was drawn at the
 * fallback size and must be corrected before the reader sees it). Otherwise the first size comes from the
 * ResizeObserver, after the frame's own layout, as a transition: no layout forced inside the task that mounted
 * the element, and what is drawn at that size renders in slices. `measured` is false until a size is known
 * (always true without ResizeObserver: the fallback is then final).
 */
export function useContainerSize<T extends HTMLElement>(fallback: Size, now = true): [RefObject<T | null>, Size, boolean] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState<Size>(fallback);
  const [measured, setMeasured] = useState(() => typeof ResizeObserver === 'undefined');
  const measureNow = useRef(now); // as the element mounted
  useLayoutEffect(() => {
    const now = measureNow.current;
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let first = !now;
    const update = (width: number, height: number) => {
      // Whole pixels only: sub-pixel jitter would re-render for nothing.
      const w = Math.floor(width);
      const h = Math.floor(height);
      const set = () => {
        if (w > 0) setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }));
        setMeasured(true); // a hidden element (no width) keeps the fallback
      };
      if (first) startTransition(set);
      else set();
      first = false;
    };
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) update(box.width, box.height);
    });
    observer.observe(el);
    if (now) {
      const rect = el.getBoundingClientRect();
      update(rect.width, rect.height);
    }
    return () => observer.disconnect();
  }, []);
  return [ref, size, measured];
}
