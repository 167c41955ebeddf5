// The keys a presentation clicker sends, and a keyboard's: next, previous, first, last, a number then Enter.
import { useEffect, useRef, useState } from 'react';

export interface ClickerActions {
  readonly go: (index: number) => void;
  readonly next: () => void;
  readonly previous: () => void;
  readonly last: () => void;
  readonly toggleFullscreen: () => void;
  readonly toggleNotes: () => void;
  readonly exit: () => void;
}

/** Whether a key press belongs to a control (a button keeps its own Space and Enter). */
function onControl(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, input, select, textarea, dialog') !== null;
}

/** Listens on the window while mounted; returns the slide number being typed, if any. */
export function useClickerKeys(actions: ClickerActions): string {
  const [typed, setTyped] = useState('');
  const typedRef = useRef('');
  const actionsRef = useRef(actions);
  useEffect(() => {
    actionsRef.current = actions;
  }, [actions]);
  useEffect(() => {
    const setBuffer = (value: string) => {
      typedRef.current = value;
      setTyped(value);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const a = actionsRef.current;
      const key = event.key;
      if (/^[0-9]$/.test(key)) {
        setBuffer((typedRef.current + key).slice(-3));
        event.preventDefault();
        return;
      }
      if (key === 'Enter' && typedRef.current !== '') {
        a.go(Number(typedRef.current) - 1);
        setBuffer('');
        event.preventDefault();
        return;
      }
      if (key === 'Backspace' && typedRef.current !== '') {
        setBuffer(typedRef.current.slice(0, -1));
        return;
      }
      const handled = (() => {
        switch (key) {
          case 'ArrowRight': case 'PageDown': case 'ArrowDown': a.next(); return true;
          case ' ': if (onControl(event.target)) return false; a.next(); return true;
          case 'ArrowLeft': case 'PageUp': case 'ArrowUp': a.previous(); return true;
          case 'Home': a.go(0); return true;
          case 'End': a.last(); return true;
          case 'f': case 'F': a.toggleFullscreen(); return true;
          case 'n': case 'N': a.toggleNotes(); return true;
          case 'Escape': if (document.fullscreenElement) return false; a.exit(); return true;
          default: return false;
        }
      })();
      if (handled) {
        event.preventDefault();
        setBuffer('');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return typed;
}
