// A session's check-in window as the console judges it (30 minutes before the start until the end, as the server
// does: services/training/src/sessions/session-rules.ts). Its time is shown by formatTimeRange (@strata/i18n).

/** How long before the start the screen shows codes and the trainer takes attendance (the server's rule). */
export const opensBeforeStartMs = 30 * 60_000;

type Times = { startsAt: string; endsAt: string };

/** When codes and marks open: 30 minutes before the start. */
export const opensAt = (s: Pick<Times, 'startsAt'>) => new Date(new Date(s.startsAt).getTime() - opensBeforeStartMs);

/** Whether the screen shows codes now: from the opening until the end. */
export const screenOpen = (s: Times, now: Date) =>
  now.getTime() >= opensAt(s).getTime() && now.getTime() < new Date(s.endsAt).getTime();

/** Whether the trainer may take attendance now: from the opening on (often after the class). */
export const markOpen = (s: Pick<Times, 'startsAt'>, now: Date) => now.getTime() >= opensAt(s).getTime();

/** Whether the session has ended. */
export const ended = (s: Pick<Times, 'endsAt'>, now: Date) => now.getTime() >= new Date(s.endsAt).getTime();
