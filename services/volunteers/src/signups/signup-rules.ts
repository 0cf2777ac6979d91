// Who may sign up for an activity, and when: pure rules, tested without a database.

/** What the rules read of an activity. */
export type OpenActivity = {
  status: string;
  mode: string;
  startsAt: Date;
  endsAt: Date;
  signupDeadline: Date | null;
  requiredSkills: string;
};

/** Skill keys stored as a JSON array (a bad value reads as none). */
export function skillsOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** The required skills the volunteer lacks. */
export const missingSkills = (required: readonly string[], held: readonly string[]) =>
  required.filter((skill) => !held.includes(skill));

/** Sign-ups close at the deadline, or at the start without one. */
export const signupClosesAt = (a: Pick<OpenActivity, 'startsAt' | 'signupDeadline'>) => a.signupDeadline ?? a.startsAt;

export type SignupRefusal = 'notRecruiting' | 'signupClosed' | 'skillsMissing';

/** Why a volunteer holding `skills` may not sign up for a published activity now, or null when they may. */
export function signupRefusal(activity: OpenActivity, skills: readonly string[], now: Date): SignupRefusal | null {
  if (activity.mode !== 'recruit') return 'notRecruiting';
  if (now.getTime() >= signupClosesAt(activity).getTime()) return 'signupClosed';
  if (missingSkills(skillsOf(activity.requiredSkills), skills).length) return 'skillsMissing';
  return null;
}

/** A sign-up may be withdrawn (or removed) until the activity starts, while it holds or waits for a place. */
export const withdrawable = (status: string) =>
  status === 'pending' || status === 'confirmed' || status === 'waitlisted';
