// The upload review dialog (mapping form, load report, retry choices) as a lazy component: its code is fetched when
// a file first arrives, or earlier when the reader points at or focuses the Upload button or drags a file over
// the page. It is not part of the first view's code.
import { lazy } from 'react';

const load = () => import('./UploadDialog').then((m) => ({ default: m.UploadDialog }));

export const UploadDialog = lazy(load);

/** Starts fetching the dialog's code ahead of a file (as often as called: the browser keeps the module). */
export function prefetchUploadDialog(): void {
  load().catch(() => undefined);
}
