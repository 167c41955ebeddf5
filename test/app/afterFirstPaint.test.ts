import { describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../src/app/afterFirstPaint';

/** A window whose frames and timers run only when the test says so. */
function fakeWindow() {
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const win = {
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void) => timers.push(f),
  } as unknown as Window;
  return { win, frame: () => frames.shift()?.(), timer: () => timers.shift()?.() };
}

describe('afterFirstPaint', () => {
  it('starts after the next frame has been painted, not before nor inside it', () => {
    const start = vi.fn();
    const { win, frame, timer } = fakeWindow();
    afterFirstPaint(start, { visibilityState: 'visible' } as Document, win);
    expect(start).not.toHaveBeenCalled();
    frame(); // the frame's callbacks run before its paint
    expect(start).not.toHaveBeenCalled();
    timer(); // a task queued there runs once the frame is out
    expect(start).toHaveBeenCalledOnce();
  });

  it('starts at once in a hidden tab, which paints no frame', () => {
    const start = vi.fn();
    afterFirstPaint(start, { visibilityState: 'hidden' } as Document, fakeWindow().win);
    expect(start).toHaveBeenCalledOnce();
  });
});
