import { describe, expect, it } from 'vitest';
import { disabledSince } from './update-user';

describe('when an account counts as disabled since', () => {
  const now = new Date('2026-03-01T08:00:00Z');
  const earlier = new Date('2026-01-15T08:00:00Z');

  it('is now when an active account is disabled', () => {
    expect(disabledSince(null, true, now)).toBe(now);
  });

  it('stays the first date when a disabled account is edited and stays disabled', () => {
    expect(disabledSince(earlier, true, now)).toBe(earlier);
  });

  it('is cleared when the account is enabled, or stays clear', () => {
    expect(disabledSince(earlier, false, now)).toBeNull();
    expect(disabledSince(null, false, now)).toBeNull();
  });
});
