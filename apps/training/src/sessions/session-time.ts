// A session's time as the console shows it: in the organisation's zone (Asia/Shanghai), the end's day left out when it
// is the start's ("2026/12/3 09:00 – 11:30"); and whether the check-in window (30 minutes before the start until the
// end, as the server judges it: services/training/src/sessions/session-rules.ts) is open.
import { defaultTimeZone, formatDateTime } from '@strata/i18n';

export function timeRange(startsAt: string, endsAt: string, language: string): string {
  const day = (value: string) =>
    new Intl.DateTimeFormat(language, { dateStyle: 'short', timeZone: defaultTimeZone }).format(new Date(value));
  const end =
    day(startsAt) === day(endsAt)
      ? new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: defaultTimeZone }).format(new Date(endsAt))
      : formatDateTime(endsAt, language);
  return `${formatDateTime(startsAt, language)} – ${end}`;
}

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
