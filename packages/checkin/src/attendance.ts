// Attendance as the clock shows it: late or early against the scheduled time, the minutes attended within it, and
// whether they are enough for the time to count.

/** How long after the start a check-in is still on time (and before the end a check-out), by default. */
export const attendanceGraceMs = 10 * 60_000;

const minuteMs = 60_000;

export type AttendanceTimes = {
  startsAt: Date;
  endsAt: Date;
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  /** The grace on either side; `attendanceGraceMs` unless told. */
  graceMs?: number;
};

/** Late: checked in after start + grace. Early: checked out before end - grace. An unknown time flags nothing. */
export function attendanceFlags({
  startsAt,
  endsAt,
  checkedInAt,
  checkedOutAt,
  graceMs = attendanceGraceMs,
}: AttendanceTimes) {
  return {
    late: checkedInAt !== null && checkedInAt.getTime() > startsAt.getTime() + graceMs,
    early: checkedOutAt !== null && checkedOutAt.getTime() < endsAt.getTime() - graceMs,
  };
}

/**
 * The whole minutes of [checkedInAt, checkedOutAt] that fall within [startsAt, endsAt], rounded down. Without a
 * check-in or a check-out nothing is attended: an attendance left open earns nothing.
 */
export function attendedMinutes({ startsAt, endsAt, checkedInAt, checkedOutAt }: AttendanceTimes): number {
  if (checkedInAt === null || checkedOutAt === null) return 0;
  const from = Math.max(startsAt.getTime(), checkedInAt.getTime());
  const to = Math.min(endsAt.getTime(), checkedOutAt.getTime());
  return to > from ? Math.floor((to - from) / minuteMs) : 0;
}

/** The scheduled length in whole minutes, rounded down. */
export const scheduledMinutes = ({ startsAt, endsAt }: { startsAt: Date; endsAt: Date }) =>
  Math.max(0, Math.floor((endsAt.getTime() - startsAt.getTime()) / minuteMs));

/**
 * Whether `minutes` reach `percent` of `activityMinutes` (compared in whole numbers: 60% of 100 minutes needs 60).
 * Nothing attended never meets it, even for an activity of no length.
 */
export function meetsAttendance(minutes: number, activityMinutes: number, percent: number): boolean {
  if (minutes <= 0) return false;
  return minutes * 100 >= activityMinutes * percent;
}
