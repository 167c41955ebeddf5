// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../../src/components/ChartFrame';

afterEach(() => vi.unstubAllGlobals());

describe('ChartFrame', () => {
  it('draws at the fallback width where ResizeObserver is missing', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { container } = render(<ChartFrame height={200} fallbackWidth={500}>{(w, h, measured) => <span>{`${w}x${h} ${measured}`}</span>}</ChartFrame>);
    // Nothing will ever measure it: the fallback is final, and work waiting for a measured size goes ahead.
    expect(container.textContent).toBe('500x200 true');
  });

  it('says the width is not measured until the frame has a size (a hidden frame has none)', () => {
    let notify: (width: number) => void = () => {};
    class FakeObserver {
      constructor(cb: ResizeObserverCallback) {
        notify = (width) => cb([{ contentRect: { width, height: 0 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', FakeObserver);
    // jsdom lays nothing out: every box is 0 wide, like a frame in a hidden panel.
    const seen: string[] = [];
    render(<ChartFrame height={200} fallbackWidth={640}>{(w, _h, measured) => { seen.push(`${w} ${measured}`); return null; }}</ChartFrame>);
    expect(seen.at(-1)).toBe('640 false');
    act(() => notify(389.4));
    expect(seen.at(-1)).toBe('389 true');
  });

  it('follows the container width and never goes below the minimum', () => {
    let notify: (width: number) => void = () => {};
    class FakeObserver {
      constructor(cb: ResizeObserverCallback) {
        notify = (width) => cb([{ contentRect: { width, height: 0 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      observe() {}
      disconnect() {}
    }
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const { container } = render(<ChartFrame height={200} minWidth={280}>{(w) => <span>{w}</span>}</ChartFrame>);
    act(() => notify(912.7));
    expect(container.textContent).toBe('912');
    act(() => notify(200));
    expect(container.textContent).toBe('280');
  });
});
