// False while React hydrates a prerendered page (and on the server), true once the page is the app's.
import { useSyncExternalStore } from 'react';
import { collator } from '../i18n/intl';

const subscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}

/**
 * Sorts names for the reader's language. The build (Node) and the browser may carry different collation
 * tailorings (Kazakh differs), so until hydration is done the language-neutral root order is used: the
 * same in both, hence no hydration mismatch.
 */
export function nameCollator(lang: string, hydrated: boolean): Intl.Collator {
  return collator(hydrated ? lang : 'und');
}
