// Follows an element's content size with ResizeObserver; a fixed fallback where it is unavailable (SSR, old browsers).
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The element's size, and whether it is measured yet (false while the fallback stands in for it, so costly work
 * for a size, like projecting the map, waits for the real one; true at once where nothing can measure).
 */
export function useContainerSize<T extends HTMLElement>(fallback: Size): [RefObject<T | null>, Size, boolean] {
  const ref = useRef<T | null>(null);
  const [size, setSize] = useState<Size>(fallback);
  // Where nothing can measure (no ResizeObserver), the fallback is final from the start.
  const [measured, setMeasured] = useState(() => typeof ResizeObserver === 'undefined');
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = (width: number, height: number) => {
      // Whole pixels only: sub-pixel jitter would re-render for nothing.
      const w = Math.floor(width);
      const h = Math.floor(height);
      if (w > 0) {
        setSize((s) => (s.width === w && s.height === h ? s : { width: w, height: h }));
        setMeasured(true);
      }
    };
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) update(box.width, box.height);
    });
    observer.observe(el);
    const rect = el.getBoundingClientRect();
    update(rect.width, rect.height);
    return () => observer.disconnect();
  }, []);
  return [ref, size, measured];
}
