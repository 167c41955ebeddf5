// Follows prefers-color-scheme so SVG charts (which carry their own colours) match the page.
import { useEffect, useState } from 'react';
import type { Theme } from '../scales/colors';

const QUERY = '(prefers-color-scheme: dark)';

export function useTheme(): Theme {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY) : null;
  const [dark, setDark] = useState(media?.matches ?? false);
  useEffect(() => {
    if (!media) return;
    const onChange = (e: MediaQueryListEvent) => setDark(e.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [media]);
  return dark ? 'dark' : 'light';
}
