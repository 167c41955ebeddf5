// Follows an element's content size with ResizeObserver; a fixed fallback where it is unavailable (SSR, old browsers).
import { startTransition, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The first size comes from the ResizeObserver, after the frame's own layout, as a transition: no layout is forced
 * inside the task that mounted (or hydrated) the element, and what is drawn at that size renders in slices. A
 * prerendered chart hydrates as drawn at the fallback width and is redrawn at its measured width just after; with
 * every chart of a view measured at once, a synchronous redraw was the longest task of a phone's start-up (issue
 * 11). Later sizes apply at once. `measured` is false until a size is known (always true without
 * ResizeObserver: the fallback is then final).
 */
export function useContainerSize<T extends HTMLElement>(fallback: Size): [RefObject<T | null>, Size, boolean] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState<Size>(fallback);
  const [measured, setMeasured] = useState(() => typeof ResizeObserver === 'undefined');
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let first = true;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (!box) return;
      // Whole pixels only: sub-pixel jitter would re-render for nothing.
      const w = Math.floor(box.width);
      const h = Math.floor(box.height);
      const set = () => {
        if (w > 0) setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }));
        setMeasured(true); // a hidden element (no width) keeps the fallback
      };
      if (first) startTransition(set);
      else set();
      first = false;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, size, measured];
}
