// The only code that reads or writes window.location and window.history.
import { useCallback, useEffect, useRef, useState } from 'react';
import { checkAgainstData, parseUrl, serializeState, type IgnoredParam, type KnownIds } from '../state/url';
import type { ViewState } from '../state/viewState';

export type HistoryMode = 'push' | 'replace';
export type StateUpdate = Partial<ViewState> | ((state: ViewState) => ViewState);

export interface UrlState {
  readonly state: ViewState;
  readonly ignored: readonly IgnoredParam[];
  /** Applies an update; pushes a history entry when the view changes, replaces it otherwise. */
  readonly update: (change: StateUpdate, mode?: HistoryMode) => void;
  /** The link target for a state (for <a href>). */
  readonly hrefFor: (state: ViewState) => string;
  readonly dismissIgnored: () => void;
}

const NOT_LOADED: KnownIds = { events: null, countries: null };

function read(known: KnownIds): { state: ViewState; ignored: IgnoredParam[] } {
  const parsed = parseUrl(window.location.search);
  const checked = checkAgainstData(parsed.state, known);
  return { state: checked.state, ignored: [...parsed.ignored, ...checked.ignored] };
}

function write(state: ViewState, mode: HistoryMode): void {
  const url = `${window.location.pathname}${serializeState(state)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

/** View state held in the URL; `known` (once data is loaded) lets it drop unknown events and countries. */
export function useUrlState(known: KnownIds = NOT_LOADED): UrlState {
  const [current, setCurrent] = useState(() => read(known));
  const knownRef = useRef(known);
  useEffect(() => {
    knownRef.current = known;
  }, [known]);

  // The canonical URL replaces what was typed, so ignored parameters do not linger.
  useEffect(() => {
    write(current.state, 'replace');
  }, [current.state]);

  // Once data arrives, unknown events and countries are dropped (React's "adjust state on prop change" pattern).
  const [checkedAgainst, setCheckedAgainst] = useState(known);
  if (checkedAgainst !== known) {
    setCheckedAgainst(known);
    if (known.events !== null || known.countries !== null) {
      const checked = checkAgainstData(current.state, known);
      if (checked.ignored.length > 0) setCurrent({ state: checked.state, ignored: [...current.ignored, ...checked.ignored] });
    }
  }

  useEffect(() => {
    const onPopState = () => setCurrent({ state: read(knownRef.current).state, ignored: [] });
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  // update() must see the newest state even when called twice before a re-render.
  const stateRef = useRef(current.state);
  useEffect(() => {
    stateRef.current = current.state;
  }, [current.state]);
  const update = useCallback((change: StateUpdate, mode?: HistoryMode) => {
    const prev = stateRef.current;
    const next = typeof change === 'function' ? change(prev) : { ...prev, ...change };
    write(next, mode ?? (next.view !== prev.view ? 'push' : 'replace'));
    stateRef.current = next;
    setCurrent((c) => ({ state: next, ignored: c.ignored }));
  }, []);

  // Relative to the page, so a page prerendered at build time links right wherever it is hosted.
  const hrefFor = useCallback((state: ViewState) => serializeState(state) || '?', []);
  const dismissIgnored = useCallback(() => setCurrent((prev) => ({ ...prev, ignored: [] })), []);

  return { state: current.state, ignored: current.ignored, update, hrefFor, dismissIgnored };
}
