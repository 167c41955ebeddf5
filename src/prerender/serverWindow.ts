// The few browser globals the app reads while rendering (the address, storage, the browser's
// languages), faked for one page at build time. Nothing here runs in the browser.
import type { Lang } from '../data/types';

const noop = (): void => undefined;

export function installServerWindow(search: string, lang: Lang): void {
  const location = new URL(`http://prerender.invalid/${search}`);
  const storage = {
    getItem: () => null,
    setItem: noop,
    removeItem: noop,
  };
  Object.assign(globalThis, {
    window: {
      location,
      history: { state: null, pushState: noop, replaceState: noop },
      localStorage: storage,
      sessionStorage: storage,
      addEventListener: noop,
      removeEventListener: noop,
      innerWidth: 1280,
    },
  });
  Object.defineProperty(globalThis, 'navigator', { value: { languages: [lang], language: lang }, configurable: true, writable: true });
}
