// The rotation behind a check-in screen (`@strata/checkin/rotation`, in the page's own chunk; the drawing with its QR
// library loads apart, from `./screen`): the code to show is the current one until it expires or is used; with none
// to show, the screen asks the server for the next, and when the shown one expires it reads its state again at once
// rather than at its next poll. The volunteers' activities and training's classroom sessions both rotate this way.
import { useEffect } from 'react';

export type CodeRotation<C extends { expiresAt: string }> = {
  /** Whether codes are given now (the activity published, the session's window open). */
  open: boolean;
  /** The screen's state as last read (`undefined` before the first read), with its current code if any. */
  state: { current?: C | null } | undefined;
  /** Asks the server for the next code: a stable function (useCallback). */
  requestNext: () => void;
  /** A request for the next code is under way. */
  requesting: boolean;
  /** The last request failed: no new one until the screen resets it (its error is shown with a retry). */
  failed: boolean;
  /** Reads the screen's state again (the query's refetch). */
  reread: () => unknown;
};

/** The code the screen shows now, if any, keeping the rotation going. */
export function useCodeRotation<C extends { expiresAt: string }>({
  open,
  state,
  requestNext,
  requesting,
  failed,
  reread,
}: CodeRotation<C>): C | undefined {
  const current = state?.current ?? undefined;
  const shown = current && new Date(current.expiresAt).getTime() > Date.now() ? current : undefined;
  // No code to show (none yet, used, or expired): ask for the next one.
  useEffect(() => {
    if (!open || !state || shown || requesting || failed) return;
    requestNext();
  }, [open, state, shown, requesting, failed, requestNext]);
  // The code expires: read again at once.
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => void reread(), Math.max(new Date(shown.expiresAt).getTime() - Date.now(), 0) + 50);
    return () => clearTimeout(timer);
  }, [shown, reread]);
  return shown;
}
