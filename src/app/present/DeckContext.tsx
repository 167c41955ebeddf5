// The deck shared by the "Add to presentation" buttons, the deck editor and the presentation: held in the
// URL state (?slides=) and kept in this browser whenever the reader changes it.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { deckOf, type SlideItem } from '../../state/deck';
import type { ViewProps } from '../views/types';
import { storeDeck } from './deckStorage';

export interface Deck {
  /** The slides shown: the reader's own, or the default deck for the dataset. */
  readonly items: readonly SlideItem[];
  /** True when the reader has built their own deck. */
  readonly custom: boolean;
  /** Replaces the deck; null goes back to the default deck. */
  readonly setItems: (items: readonly SlideItem[] | null) => void;
  /** Appends a slide to the reader's deck (a first add starts a deck of one). */
  readonly add: (item: SlideItem) => number;
}

const DeckContext = createContext<Deck | null>(null);

export function DeckProvider({ state, update, children }: ViewProps & { children: ReactNode }) {
  const deck = useMemo<Deck>(() => {
    const custom = state.slides !== null && state.slides.length > 0;
    const setItems = (items: readonly SlideItem[] | null) => {
      const next = items && items.length > 0 ? [...items] : null;
      storeDeck(next);
      update({ slides: next });
    };
    return {
      items: deckOf(state),
      custom,
      setItems,
      add: (item) => {
        const next = [...(custom ? (state.slides ?? []) : []), item];
        setItems(next);
        return next.length;
      },
    };
  }, [state, update]);
  return <DeckContext.Provider value={deck}>{children}</DeckContext.Provider>;
}

/** The deck, or null outside a DeckProvider (an embed, a test of one panel). */
export function useDeck(): Deck | null {
  return useContext(DeckContext);
}
