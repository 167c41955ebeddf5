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

/** Focuses the first h2 in `root` now, or when it appears; returns a cancel function. */
export function focusViewHeading(root: HTMLElement | null): () => void {
  if (!root) return () => undefined;
  const now = headingIn(root);
  if (now) {
    focus(now);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const heading = headingIn(root);
    if (heading) {
      stop();
      focus(heading);
    }
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(root, { childList: true, subtree: true });
  return stop;
}
