// The "saved datasets could not be restored" notice is told once per browser session, and not again once
// dismissed (where IndexedDB fails, as in some private modes, it would otherwise greet every visit).
// Web Storage may be missing or throw too: then the notice is simply told every time, as before.

/** sessionStorage: the notice was already told in this browser session. */
const TOLD = 'volunteer-stats:restore-failed-told';
/** localStorage: the reader dismissed it; cleared when a later visit restores again. */
const DISMISSED = 'volunteer-stats:restore-failed-dismissed';

type StorageName = 'sessionStorage' | 'localStorage';

function storage(name: StorageName): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[name];
  } catch {
    return null; // reading the property itself throws where storage is blocked
  }
}

function has(name: StorageName, key: string): boolean {
  try {
    return storage(name)?.getItem(key) != null;
  } catch {
    return false;
  }
}

function put(name: StorageName, key: string, value: string | null): void {
  try {
    const s = storage(name);
    if (value === null) s?.removeItem(key);
    else s?.setItem(key, value);
  } catch {
    // full or blocked: nothing to remember with, nothing to tell
  }
}

/** Whether to tell the notice now; telling it marks this browser session. */
export function shouldTellRestoreFailed(): boolean {
  if (has('localStorage', DISMISSED) || has('sessionStorage', TOLD)) return false;
  put('sessionStorage', TOLD, '1');
  return true;
}

export function rememberRestoreFailedDismissed(): void {
  put('localStorage', DISMISSED, '1');
}

/** Saved datasets came back: a later failure is news again. */
export function forgetRestoreFailed(): void {
  if (has('localStorage', DISMISSED)) put('localStorage', DISMISSED, null);
  if (has('sessionStorage', TOLD)) put('sessionStorage', TOLD, null);
}
