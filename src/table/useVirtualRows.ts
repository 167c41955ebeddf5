// A small React binding for @tanstack/virtual-core: only the rows in view (plus overscan) are rendered.
import { useLayoutEffect, useReducer, useState } from 'react';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect, type VirtualizerOptions } from '@tanstack/virtual-core';

type Options = VirtualizerOptions<HTMLDivElement, HTMLTableRowElement>;

/** `setScrollElement` is the callback ref of the scrolling element. */
export function useVirtualRows(count: number, rowHeight: number, viewportHeight: number) {
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options: Options = {
    count,
    getScrollElement: () => scrollElement,
    estimateSize: () => rowHeight,
    overscan: 10,
    initialRect: { width: 0, height: viewportHeight },
    // Before layout (or in a DOM without layout) the element measures 0: assume the requested height.
    observeElementRect: (instance, cb) => observeElementRect(instance, (rect) => cb({ width: rect.width, height: rect.height || viewportHeight })),
    observeElementOffset,
    scrollToFn: elementScroll,
    onChange: () => rerender(),
  };
  const [virtualizer] = useState(() => new Virtualizer<HTMLDivElement, HTMLTableRowElement>(options));
  virtualizer.setOptions(options);
  useLayoutEffect(() => virtualizer._didMount(), [virtualizer]);
  useLayoutEffect(() => virtualizer._willUpdate());
  return { setScrollElement, virtualizer, items: virtualizer.getVirtualItems(), totalSize: virtualizer.getTotalSize() };
}
