// After a view change, focus moves to the new view's heading, so keyboard and screen-reader users land in the content.

/** Stop waiting for a lazily loaded view after this long. */
const WAIT_MS = 5000;

function headingIn(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('h2');
}

function focus(heading: HTMLElement): void {
  // Views own their headings; one without tabindex still has to take focus without entering the tab order.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/**
 * Focuses the first h2 in `root` when it is there, or when it appears; returns a cancel function.
 * In the next animation frame, not in the task that rendered the view: focus() lays the page out, and done inside
 * that task it added a whole layout of the new view to it (40 ms of a 160 ms task when a million-row dataset's
 * charts arrived); in the frame, that layout is the one the frame makes anyway.
 */
export function focusViewHeading(root: HTMLElement | null): () => void {
  if (!root) return () => undefined;
  let frame = 0;
  const soon = (heading: HTMLElement) => {
    if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(() => focus(heading));
    else focus(heading);
  };
  const now = headingIn(root);
  if (now) {
    soon(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const heading = headingIn(root);
    if (heading) {
      observer.disconnect();
      clearTimeout(timer);
      soon(heading);
    }
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    if (frame) cancelAnimationFrame(frame);
  };
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}
