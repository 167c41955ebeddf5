// Runs `start` once the browser has painted the page's content (its first-contentful-paint entry), so the
// work `start` begins never delays that paint. A hidden page paints nothing, so it starts at once; a browser
// without paint timing starts after the first frame; and whatever happens, it starts within `latestMs`.

/** What of the window this needs (tests give a fake one). */
export type PaintWindow = Pick<Window, 'requestAnimationFrame' | 'setTimeout'> & {
  readonly performance: Pick<Performance, 'getEntriesByType'>;
  readonly PerformanceObserver?: typeof PerformanceObserver;
};

export function afterFirstPaint(start: () => void, doc: Pick<Document, 'visibilityState'> = document, win: PaintWindow = window, latestMs = 3000): void {
  let started = false;
  let observer: PerformanceObserver | null = null;
  const go = () => {
    if (started) return;
    started = true;
    observer?.disconnect();
    start();
  };
  if (doc.visibilityState === 'hidden') return go();
  const painted = () => win.performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');
  if (painted()) return go();
  if (win.PerformanceObserver?.supportedEntryTypes?.includes('paint')) {
    observer = new win.PerformanceObserver(() => { if (painted()) win.setTimeout(go, 0); });
    observer.observe({ type: 'paint', buffered: true });
    win.setTimeout(go, latestMs);
  } else {
    // A callback queued from inside an animation frame runs after that frame's paint.
    win.requestAnimationFrame(() => { win.setTimeout(go, 0); });
  }
}
