// @vitest-environment jsdom
// The theme: the system's unless the reader picks one; the choice is remembered and reaches CSS and charts.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { THEME_STORAGE_KEY, resolveTheme, setThemeChoice, useTheme, useThemeChoice } from '../../src/app/useTheme';

function fakeSystem(dark: boolean) {
  const listeners = new Set<(e: MediaQueryListEvent) => void>();
  const media = {
    matches: dark,
    addEventListener: (_: string, l: (e: MediaQueryListEvent) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (e: MediaQueryListEvent) => void) => listeners.delete(l),
  };
  vi.stubGlobal('matchMedia', () => media);
  return (next: boolean) => {
    media.matches = next;
    for (const l of listeners) l({ matches: next } as MediaQueryListEvent);
  };
}

function Probe() {
  const theme = useTheme();
  const [choice] = useThemeChoice();
  return <p>{`${choice}:${theme}`}</p>;
}

beforeEach(() => {
  window.localStorage.clear();
  setThemeChoice('system');
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('resolveTheme', () => {
  it('system follows the preference; a pinned choice ignores it', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('light', true)).toBe('light');
    expect(resolveTheme('dark', false)).toBe('dark');
  });
});

describe('useTheme', () => {
  it('follows the system while the choice is "system", also when the system changes', () => {
    const turn = fakeSystem(false);
    render(<Probe />);
    expect(screen.getByText('system:light')).toBeTruthy();
    act(() => turn(true));
    expect(screen.getByText('system:dark')).toBeTruthy();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('a pinned choice wins over the system, is written to <html data-theme> and remembered', () => {
    fakeSystem(true);
    render(<Probe />);
    act(() => setThemeChoice('light'));
    expect(screen.getByText('light:light')).toBeTruthy();
    expect(document.documentElement.getAttribute('data-theme')).toBe('light');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
    act(() => setThemeChoice('system'));
    expect(screen.getByText('system:dark')).toBeTruthy();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });
});
