// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
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

  describe('measuring', () => {
    let notify: (width: number) => void = () => {};
    class FakeObserver {
      constructor(cb: ResizeObserverCallback) {
        notify = (width) => cb([{ contentRect: { width, height: 0 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
      }
      observe() {}
      disconnect() {}
    }
    const chart = () => <ChartFrame height={200} fallbackWidth={500}>{(w) => <span>{w}</span>}</ChartFrame>;

    it('mounted in a running page: draws nothing until the observer gives the width (no layout forced), keeping the height', () => {
      vi.stubGlobal('ResizeObserver', FakeObserver);
      const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
      const { container } = render(chart());
      expect(container.textContent).toBe('');
      expect((container.firstChild as HTMLElement).style.minHeight).toBe('200px');
      expect(measure).not.toHaveBeenCalled();
      act(() => notify(731));
      expect(container.textContent).toBe('731');
      expect((container.firstChild as HTMLElement).style.minHeight).toBe('');
      measure.mockRestore();
    });

    it('a chart that holds its own space (the map) is rendered meanwhile, told its width is not measured yet', () => {
      vi.stubGlobal('ResizeObserver', FakeObserver);
      const { container } = render(<ChartFrame height={200} fallbackWidth={500} holdsItsSpace>{(w, _h, measured) => <span>{`${w} ${measured}`}</span>}</ChartFrame>);
      // Its placeholder keeps the space: the frame adds no height of its own that the chart would then replace.
      expect(container.textContent).toBe('500 false');
      expect((container.firstChild as HTMLElement).style.minHeight).toBe('');
      act(() => notify(731));
      expect(container.textContent).toBe('731 true');
    });

    it('hydrating a prerendered chart: kept as drawn at the fallback width (no layout forced), redrawn once measured', async () => {
      vi.stubGlobal('ResizeObserver', FakeObserver);
      const host = document.createElement('div');
      host.append(...new DOMParser().parseFromString(renderToString(chart()), 'text/html').body.childNodes);
      expect(host.textContent).toBe('500');
      document.body.append(host);
      const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
      await act(async () => void hydrateRoot(host, chart()));
      expect(host.textContent).toBe('500');
      expect(measure).not.toHaveBeenCalled();
      await act(async () => notify(640));
      expect(host.textContent).toBe('640');
      measure.mockRestore();
      host.remove();
    });
  });
});
