// Modal focus handling: focus moves into the dialog, Tab stays inside, Escape closes,
// and focus returns to where it was when the dialog goes away. Keys and focus are watched on the whole
// document: a click on the backdrop leaves focus on the page's body, and Escape must still close.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** `fallback`: a selector for what takes focus when the dialog closes and nothing had focus before it. */
export function useDialogFocus(ref: RefObject<HTMLElement | null>, focusKey: string, onEscape: () => void, fallback: string): void {
  const escape = useRef(onEscape);
  useLayoutEffect(() => {
    escape.current = onEscape;
  }, [onEscape]);

  // Remember the opener once, give focus back on close (after a drop there is none: use the fallback).
  useEffect(() => {
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    return () => {
      const target = opener?.isConnected ? opener : document.querySelector<HTMLElement>(fallback);
      target?.focus();
    };
  }, [fallback]);

  // Each new step (another file, loaded, failed) starts at the dialog's heading.
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [ref, focusKey]);

  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        if (event.defaultPrevented) return;
        event.preventDefault();
        escape.current();
        return;
      }
      if (event.key !== 'Tab') return;
      const items = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (!first || !last) return;
      const inside = node.contains(document.activeElement);
      if (event.shiftKey && (document.activeElement === first || !inside)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
        event.preventDefault();
        first.focus();
      }
    };
    // Focus that lands behind the modal (a click outside, a script) is brought back to the dialog's heading.
    const onFocusIn = (event: FocusEvent) => {
      if (!node.isConnected || !(event.target instanceof Element) || node.contains(event.target)) return;
      if (event.target.closest('[aria-modal="true"]')) return; // another modal (e.g. a confirmation) keeps its focus
      node.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('focusin', onFocusIn);
    };
  }, [ref]);
}
