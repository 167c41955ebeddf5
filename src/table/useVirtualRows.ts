// A small React binding for @tanstack/virtual-core: only the rows in view (plus overscan) are rendered.
import { useLayoutEffect, useReducer, useRef, useState } from 'react';
import { Virtualizer, elementScroll, observeElementOffset, observeElementRect, type VirtualizerOptions } from '@tanstack/virtual-core';

type Options = VirtualizerOptions<HTMLDivElement, HTMLTableRowElement>;

export function useVirtualRows(count: number, rowHeight: number, viewportHeight: number) {
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const options: Options = {
    count,
    getScrollElement: () => scrollRef.current,
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
  return { scrollRef, virtualizer, items: virtualizer.getVirtualItems(), totalSize: virtualizer.getTotalSize() };
}
