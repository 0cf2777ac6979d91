import { describe, expect, it } from 'vitest';
import { activityProblem, editable, placesAfter, signupLinkOf } from './activity-rules';

const at = (hhmm: string, day = '14') => new Date(`2026-03-${day}T${hhmm}:00+08:00`);
const form = {
  startsAt: at('09:00'),
  endsAt: at('12:00'),
  signupDeadline: null as Date | null,
  mode: 'recruit',
  capacity: 10 as number | null,
  lng: null as number | null,
  lat: null as number | null,
};

describe('activityProblem', () => {
  it('takes a window of up to 24 hours with a deadline before the start', () => {
    expect(activityProblem(form)).toBeNull();
    expect(activityProblem({ ...form, endsAt: at('09:00', '15'), signupDeadline: at('08:59') })).toBeNull();
  });
  it('refuses an end at or before the start, or more than 24 hours after it', () => {
    expect(activityProblem({ ...form, endsAt: at('09:00') })?.key).toBe('activityEndsBeforeStart');
    expect(activityProblem({ ...form, endsAt: at('09:01', '15') })).toMatchObject({
      field: 'endsAt',
      key: 'activityTooLong',
    });
  });
  it('refuses a deadline at or after the start', () => {
    expect(activityProblem({ ...form, signupDeadline: at('09:00') })?.field).toBe('signupDeadline');
  });
  it('needs a capacity for recruitment only', () => {
    expect(activityProblem({ ...form, capacity: null })?.key).toBe('capacityRequired');
    expect(activityProblem({ ...form, mode: 'walkIn', capacity: null })).toBeNull();
  });
  it('takes both coordinates or none', () => {
    expect(activityProblem({ ...form, lng: 104.07 })?.key).toBe('locationIncomplete');
    expect(activityProblem({ ...form, lng: 104.07, lat: 30.67 })).toBeNull();
  });
});

describe('statuses and places', () => {
  it('edits drafts and published activities only', () => {
    expect(['draft', 'published', 'cancelled', 'closed'].map(editable)).toEqual([true, true, false, false]);
  });
  it('leaves what capacity has over the confirmed', () => {
    expect(placesAfter(12, 7)).toBe(5);
    expect(placesAfter(null, 3)).toBeNull();
  });
  it('links the sign-up page', () => {
    expect(signupLinkOf(42)).toBe('/volunteers/join/42');
  });
});
