// Light or dark: follows prefers-color-scheme unless the reader picked one (remembered in localStorage).
// One store for the page, so the header switch, the CSS (<html data-theme>) and the SVG charts agree.
import { useSyncExternalStore } from 'react';
import type { Theme } from '../scales/colors';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export const THEME_STORAGE_KEY = 'volunteer-dashboard.theme';

const QUERY = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();
let choice: ThemeChoice | null = null;

function isChoice(value: unknown): value is ThemeChoice {
  return (THEME_CHOICES as readonly unknown[]).includes(value);
}

function readStored(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isChoice(stored) ? stored : 'system';
  } catch {
    return 'system';
  }
}

function media(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

/** The theme a choice shows, given whether the system prefers dark. */
export function resolveTheme(c: ThemeChoice, systemDark: boolean): Theme {
  return c === 'system' ? (systemDark ? 'dark' : 'light') : c;
}

/** CSS reads data-theme (absent = follow the system through color-scheme: light dark). */
function applyToDocument(c: ThemeChoice): void {
  if (typeof document === 'undefined') return;
  if (c === 'system') document.documentElement.removeAttribute('data-theme');
  else document.documentElement.setAttribute('data-theme', c);
}

function currentChoice(): ThemeChoice {
  if (choice === null) {
    choice = typeof window === 'undefined' ? 'system' : readStored();
    applyToDocument(choice);
  }
  return choice;
}

/** `remember` false (an embed's ?theme=) applies the choice to this page only. */
export function setThemeChoice(next: ThemeChoice, remember = true): void {
  choice = next;
  try {
    if (remember) window.localStorage.setItem(THEME_STORAGE_KEY, next);
  } catch {
    // Not remembered beyond this page.
  }
  applyToDocument(next);
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const m = media();
  m?.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    m?.removeEventListener('change', listener);
  };
}

const snapshotChoice = (): ThemeChoice => currentChoice();
const snapshotTheme = (): Theme => resolveTheme(currentChoice(), media()?.matches ?? false);

/** The reader's choice and its setter (for the header switch). */
export function useThemeChoice(): readonly [ThemeChoice, (c: ThemeChoice) => void] {
  const c = useSyncExternalStore(subscribe, snapshotChoice, () => 'system' as const);
  return [c, setThemeChoice] as const;
}

/** The theme on screen, for SVG charts that carry their own colours. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, snapshotTheme, () => 'light' as const);
}
