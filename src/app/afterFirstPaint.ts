// Runs `start` once the page's first frame has been painted: a callback queued from inside an animation
// frame runs after that frame's paint. A hidden page paints nothing (and gets no frames), so it starts at once.
export function afterFirstPaint(start: () => void, doc: Document = document, win: Window = window): void {
  if (doc.visibilityState === 'hidden') {
    start();
    return;
  }
  win.requestAnimationFrame(() => { win.setTimeout(start, 0); });
}
