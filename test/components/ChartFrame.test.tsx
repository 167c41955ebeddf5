// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../../src/components/ChartFrame';

afterEach(() => vi.unstubAllGlobals());

describe('ChartFrame', () => {
  it('draws at the fallback width where ResizeObserver is missing', () => {
    vi.stubGlobal('ResizeObserver', undefined);
    const { container } = render(<ChartFrame height={200} fallbackWidth={500}>{(w, h) => <span>{`${w}x${h}`}</span>}</ChartFrame>);
    expect(container.textContent).toBe('500x200');
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
