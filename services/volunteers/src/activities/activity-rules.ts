// An activity's rules, pure: its time window, deadline and capacity as a form gives them, which statuses may change
// how, and where the volunteer's sign-up page is.
import { volunteerLimits } from '@strata/contract';

export type Problem = { field: string; key: ActivityProblem; vars?: Record<string, number> };
export type ActivityProblem =
  | 'activityEndsBeforeStart'
  | 'activityTooLong'
  | 'deadlineAfterStart'
  | 'capacityRequired'
  | 'locationIncomplete'
  | 'locationOutsideChina';

type Window = {
  startsAt: Date;
  endsAt: Date;
  signupDeadline: Date | null;
  mode: string;
  capacity: number | null;
  lng: number | null;
  lat: number | null;
};

/** The first thing wrong with the form's fields, or null. */
/** China's rough extent in degrees (as the unit map's locations): a point outside it is a slip of the hand. */
export const chinaExtent = { lng: { min: 73, max: 136 }, lat: { min: 3, max: 54 } } as const;
const inChina = (lng: number, lat: number) =>
  lng >= chinaExtent.lng.min && lng <= chinaExtent.lng.max && lat >= chinaExtent.lat.min && lat <= chinaExtent.lat.max;

export function activityProblem(a: Window): Problem | null {
  if (a.endsAt.getTime() <= a.startsAt.getTime()) return { field: 'endsAt', key: 'activityEndsBeforeStart' };
  if (a.endsAt.getTime() - a.startsAt.getTime() > volunteerLimits.activityHours * 3_600_000)
    return { field: 'endsAt', key: 'activityTooLong', vars: { hours: volunteerLimits.activityHours } };
  if (a.signupDeadline && a.signupDeadline.getTime() >= a.startsAt.getTime())
    return { field: 'signupDeadline', key: 'deadlineAfterStart' };
  if (a.mode === 'recruit' && a.capacity === null) return { field: 'capacity', key: 'capacityRequired' };
  if ((a.lng === null) !== (a.lat === null)) return { field: 'lng', key: 'locationIncomplete' };
  if (a.lng !== null && a.lat !== null && !inChina(a.lng, a.lat)) return { field: 'lng', key: 'locationOutsideChina' };
  return null;
}

/** Drafts and published activities may be edited and cancelled; only drafts published; only published closed. */
export const editable = (status: string) => status === 'draft' || status === 'published';

/** The console page where a volunteer signs up for the activity. */
export const signupLinkOf = (id: number) => `/volunteers/join/${id}`;

/** What is left of capacity `after` with `confirmed` places taken (null: no capacity). */
export function placesAfter(after: number | null, confirmed: number): number | null {
  return after === null ? null : after - confirmed;
}
