// A disclosure menu (<details>) whose panel opens in the viewport's layer, next to its summary and never
// past a screen edge: it is not clipped by the table's scrolling area and never widens the page.
// Escape or a click elsewhere closes it.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { placeMenu, samePlacement, type Placement } from './menuPlacement';

/** Tallest a panel grows before it scrolls (20rem at the default font size). */
const MAX_HEIGHT = 320;

export interface PopupMenuProps {
  readonly className: string;
  readonly summary: ReactNode;
  /** The panel's content: a legend naming the group, then its controls. A function is called only while open. */
  readonly children: ReactNode | (() => ReactNode);
}

function measure(summary: HTMLElement, panel: HTMLElement): Placement {
  const root = document.documentElement;
  // Natural size, even while the panel is squeezed: content size plus borders.
  const borderX = panel.offsetWidth - panel.clientWidth;
  const borderY = panel.offsetHeight - panel.clientHeight;
  const size = {
    width: Math.max(panel.offsetWidth, panel.scrollWidth + borderX),
    height: Math.min(MAX_HEIGHT, panel.scrollHeight + borderY),
  };
  const dir = getComputedStyle(summary).direction === 'rtl' ? 'rtl' : 'ltr';
  return placeMenu(summary.getBoundingClientRect(), size, { width: root.clientWidth, height: root.clientHeight }, dir);
}

export function PopupMenu({ className, summary, children }: PopupMenuProps) {
  const [open, setOpen] = useState(false);
  const [placement, setPlacement] = useState<Placement | null>(null);
  const detailsRef = useRef<HTMLDetailsElement>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const panelRef = useRef<HTMLFieldSetElement>(null);

  useLayoutEffect(() => {
    const details = detailsRef.current, summaryEl = summaryRef.current, panel = panelRef.current;
    if (!open || !details || !summaryEl || !panel) return;
    const place = () => {
      const next = measure(summaryEl, panel);
      setPlacement((previous) => (samePlacement(previous, next) ? previous : next));
    };
    place();
    // Follow the summary when the page or the table scrolls; scrolling inside the panel moves nothing.
    const onScroll = (event: Event) => { if (!(event.target instanceof Node && panel.contains(event.target))) place(); };
    const onPointerDown = (event: PointerEvent) => { if (!(event.target instanceof Node && details.contains(event.target))) setOpen(false); };
    window.addEventListener('resize', place);
    document.addEventListener('scroll', onScroll, true);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      window.removeEventListener('resize', place);
      document.removeEventListener('scroll', onScroll, true);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const shown = open ? placement : null;
  return (
    <details ref={detailsRef} className={className} open={open} onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        setOpen(false);
        summaryRef.current?.focus();
      }}>
      <summary ref={summaryRef}>{summary}</summary>
      {/* Viewport coordinates are physical, hence left/top here; the panel's content stays logical. */}
      <fieldset ref={panelRef} className="dt-popup" data-placed={shown ? 'true' : undefined}
        style={shown ? { left: shown.left, top: shown.top, maxWidth: shown.maxWidth, maxHeight: Math.min(MAX_HEIGHT, shown.maxHeight) } : undefined}>
        {typeof children === 'function' ? (open ? children() : null) : children}
      </fieldset>
    </details>
  );
}
