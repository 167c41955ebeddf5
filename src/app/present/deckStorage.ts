// The reader's own deck, kept in this browser between visits (the link carries it too, as ?slides=).
import { formatSlides, parseSlides, type SlideItem } from '../../state/deck';

export const DECK_STORAGE_KEY = 'volunteer-dashboard.slides';

/** The stored deck, or null when none is stored (or storage is unavailable). */
export function readStoredDeck(): SlideItem[] | null {
  try {
    const raw = window.localStorage.getItem(DECK_STORAGE_KEY);
    if (!raw) return null;
    const { items } = parseSlides(raw);
    return items.length > 0 ? items : null;
  } catch {
    return null;
  }
}

/** Keeps the deck; null forgets it (back to the default deck). */
export function storeDeck(items: readonly SlideItem[] | null): void {
  try {
    if (items && items.length > 0) window.localStorage.setItem(DECK_STORAGE_KEY, formatSlides(items));
    else window.localStorage.removeItem(DECK_STORAGE_KEY);
  } catch {
    // Private mode or a full quota: the deck still lives in the link.
  }
}

/**
 * Before the URL is first read: a link without ?slides= gets the stored deck, so the reader's deck follows
 * them across visits; a link with its own deck (a shared one) wins. Idempotent, like adoptPreferredLang.
 */
export function adoptStoredDeck(): void {
  const params = new URLSearchParams(window.location.search);
  if (params.has('slides')) return;
  const stored = readStoredDeck();
  if (!stored) return;
  params.set('slides', formatSlides(stored));
  window.history.replaceState(window.history.state, '', `${window.location.pathname}?${params}${window.location.hash}`);
}
