// Only the rows in view (plus overscan) are rendered. Rows have one fixed height, so the window is arithmetic:
// no per-row measurement objects (a million of them took ~80 ms and tens of MB for a 1M-row table).
import { useLayoutEffect, useState } from 'react';

const OVERSCAN = 10;

export interface VirtualRow {
  readonly index: number;
  readonly key: number;
  readonly start: number;
  readonly end: number;
  readonly size: number;
}

/** `setScrollElement` is the callback ref of the scrolling element. */
export function useVirtualRows(count: number, rowHeight: number, viewportHeight: number) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const [view, setView] = useState({ top: 0, height: viewportHeight });
  useLayoutEffect(() => {
    const el = scrollElement;
    if (!el) return;
    // Before layout (or in a DOM without layout) the element measures 0: assume the requested height.
    const read = () => setView((v) => {
      const top = el.scrollTop;
      const height = el.clientHeight || viewportHeight;
      return v.top === top && v.height === height ? v : { top, height };
    });
    el.addEventListener('scroll', read, { passive: true });
    // A ResizeObserver reports the first size after the browser's own layout: reading it here would force a layout
    // of the whole new table inside this task. Without one, read now.
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    if (resize) resize.observe(el);
    else read();
    return () => {
      el.removeEventListener('scroll', read);
      resize?.disconnect();
    };
  }, [scrollElement, viewportHeight]);
  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN - 1);
  const items: VirtualRow[] = [];
  for (let index = first; index <= last; index++) {
    items.push({ index, key: index, start: index * rowHeight, end: (index + 1) * rowHeight, size: rowHeight });
  }
  return { setScrollElement, items, totalSize: count * rowHeight };
}
