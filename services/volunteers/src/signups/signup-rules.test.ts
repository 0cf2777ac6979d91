import { describe, expect, it } from 'vitest';
import { missingSkills, signupRefusal, skillsOf, withdrawable } from './signup-rules';

const activity = {
  status: 'published',
  mode: 'recruit',
  startsAt: new Date('2026-03-14T01:00:00Z'),
  endsAt: new Date('2026-03-14T04:00:00Z'),
  signupDeadline: null as Date | null,
  requiredSkills: '["firstAid"]',
};
const before = new Date('2026-03-13T01:00:00Z');

describe('signupRefusal', () => {
  it('lets a volunteer with the skills sign up before the start', () => {
    expect(signupRefusal(activity, ['firstAid', 'it'], before)).toBeNull();
  });
  it('refuses a walk-in activity', () => {
    expect(signupRefusal({ ...activity, mode: 'walkIn' }, ['firstAid'], before)).toBe('notRecruiting');
  });
  it('closes at the deadline, or at the start without one', () => {
    expect(signupRefusal(activity, ['firstAid'], activity.startsAt)).toBe('signupClosed');
    const deadline = new Date('2026-03-13T00:00:00Z');
    expect(signupRefusal({ ...activity, signupDeadline: deadline }, ['firstAid'], before)).toBe('signupClosed');
    expect(
      signupRefusal({ ...activity, signupDeadline: deadline }, ['firstAid'], new Date(deadline.getTime() - 1)),
    ).toBeNull();
  });
  it('refuses a volunteer without a required skill', () => {
    expect(signupRefusal(activity, ['it'], before)).toBe('skillsMissing');
  });
});

describe('skills', () => {
  it('reads a JSON array, anything else as none', () => {
    expect(skillsOf('["a","b"]')).toEqual(['a', 'b']);
    expect(skillsOf('nope')).toEqual([]);
    expect(skillsOf('{"a":1}')).toEqual([]);
  });
  it('names what is missing', () => {
    expect(missingSkills(['a', 'b'], ['b'])).toEqual(['a']);
  });
});

describe('withdrawable', () => {
  it('holds for live sign-ups only', () => {
    expect(['pending', 'confirmed', 'waitlisted', 'withdrawn', 'declined'].map(withdrawable)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
