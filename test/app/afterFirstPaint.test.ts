import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint, type PaintWindow } from '../../src/app/afterFirstPaint';

/** A window whose frames, timers and paint entries come only when the test says so. */
function fakeWindow(paintTiming: boolean) {
  const frames: (() => void)[] = [];
  const timers: { f: () => void; ms: number }[] = [];
  const entries: { name: string }[] = [];
  const observers: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'layout-shift'];
    constructor(private readonly callback: () => void) {}
    observe() { observers.push(this.callback); }
    disconnect() { observers.splice(observers.indexOf(this.callback), 1); }
  }
  const win = {
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void, ms = 0) => timers.push({ f, ms }),
    performance: { getEntriesByType: () => entries },
    ...(paintTiming ? { PerformanceObserver: FakeObserver } : {}),
  } as unknown as PaintWindow;
  return {
    win,
    frame: () => frames.shift()?.(),
    /** Runs the timers due within `ms`. */
    timers: (ms = 0) => {
      const due = timers.filter((t) => t.ms <= ms);
      timers.splice(0, timers.length, ...timers.filter((t) => t.ms > ms));
      for (const t of due) t.f();
    },
    paint: (name: string) => { entries.push({ name }); for (const o of [...observers]) o(); },
  };
}

const visible = { visibilityState: 'visible' } as const;

describe('afterFirstPaint', () => {
  it('starts once the browser reports the first contentful paint, not at a first paint without content', () => {
    const start = vi.fn();
    const page = fakeWindow(true);
    afterFirstPaint(start, visible, page.win);
    page.paint('first-paint');
    page.timers();
    expect(start).not.toHaveBeenCalled();
    page.paint('first-contentful-paint');
    page.timers();
    expect(start).toHaveBeenCalledOnce();
    page.timers(3000); // the latest start does not start it twice
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts after 3 s at the latest when no content is ever painted', () => {
    const start = vi.fn();
    const page = fakeWindow(true);
    afterFirstPaint(start, visible, page.win);
    page.timers(2999);
    expect(start).not.toHaveBeenCalled();
    page.timers(3000);
    expect(start).toHaveBeenCalledOnce();
  });

  it('without paint timing, starts after the next frame has been painted, not inside it', () => {
    const start = vi.fn();
    const page = fakeWindow(false);
    afterFirstPaint(start, visible, page.win);
    page.frame(); // the frame's callbacks run before its paint
    expect(start).not.toHaveBeenCalled();
    page.timers(); // a task queued there runs once the frame is out
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts at once in a hidden tab, which paints nothing', () => {
    const start = vi.fn();
    afterFirstPaint(start, { visibilityState: 'hidden' }, fakeWindow(true).win);
    expect(start).toHaveBeenCalledOnce();
  });
});
