// The volunteers' codes and limits, the same in the browser's forms and the server's schemas. Hours are kept in whole
// minutes and shown as hours with one decimal (90 -> "1.5").

/** What a volunteer can do (a profile lists any of them; an activity may require some). */
export const volunteerSkills = [
  'firstAid',
  'elderlyCare',
  'childCare',
  'teaching',
  'medical',
  'legal',
  'it',
  'translation',
  'photography',
  'driving',
  'cleanup',
  'events',
] as const;
export type VolunteerSkill = (typeof volunteerSkills)[number];

/** When a volunteer can serve. */
export const volunteerAvailability = ['weekdays', 'weekends', 'evenings', 'holidays'] as const;
export type VolunteerAvailability = (typeof volunteerAvailability)[number];

export const volunteerStatuses = ['active', 'inactive'] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];

/** A place in a team: asked for, approved or declined by the team's unit, or left. */
export const teamMemberStatuses = ['pending', 'approved', 'declined', 'left'] as const;
export type TeamMemberStatus = (typeof teamMemberStatuses)[number];

/** Recruitment (sign-up, capacity, waitlist) or walk-in (anyone registered checks in). */
export const activityModes = ['recruit', 'walkIn'] as const;
export type ActivityMode = (typeof activityModes)[number];

/** draft -> published -> closed (hours worked out); a draft or published activity may be cancelled. */
export const activityStatuses = ['draft', 'published', 'cancelled', 'closed'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const signupStatuses = ['pending', 'confirmed', 'waitlisted', 'withdrawn', 'declined'] as const;
export type SignupStatus = (typeof signupStatuses)[number];

/** An hour entry's decision: pending -> approved | declined; declined -> appealed (once) -> approved | declined. */
export const hourStatuses = ['pending', 'approved', 'declined', 'appealed'] as const;
export type HourStatus = (typeof hourStatuses)[number];

export const checkinPurposes = ['in', 'out'] as const;
export type CheckinPurpose = (typeof checkinPurposes)[number];

export const volunteerLimits = {
  name: 50,
  serviceArea: 100,
  teamName: 50,
  description: 2000,
  title: 100,
  place: 100,
  reason: 200,
  /** The most places an activity offers. */
  capacity: 10_000,
  /** The least share of an activity a volunteer must attend for hours to count, in percent (60 by default). */
  attendancePercent: { min: 10, max: 100, default: 60 },
  /** An activity's longest time window, in hours. */
  activityHours: 24,
  /** The most entries one bulk approval takes. */
  bulkHours: 1_000,
  award: 100,
} as const;

/** A volunteer's phone and address as a form takes them (the same bounds as a member's). */
export const volunteerContactLimits = { phone: 20, address: 120 } as const;

/** A team's state: active (open to join), or archived (kept, closed to new members). */
export const volunteerTeamStatuses = ['active', 'archived'] as const;
export type VolunteerTeamStatus = (typeof volunteerTeamStatuses)[number];

/** Minutes as hours with one decimal, rounded half up: 90 -> "1.5", 20 -> "0.3". */
export function formatMinutes(minutes: number): string {
  if (!Number.isSafeInteger(minutes)) throw new RangeError(`not a whole number of minutes: ${minutes}`);
  const tenths = Math.round(Math.abs(minutes) / 6);
  return `${minutes < 0 ? '-' : ''}${Math.floor(tenths / 10)}.${tenths % 10}`;
}
