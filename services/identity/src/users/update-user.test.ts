import { describe, expect, it } from 'vitest';
import { assertNotDisablingSelf, disabledSince } from './update-user';

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

describe('disabling one’s own account', () => {
  it('is refused, as a field error on the switch', () => {
    expect(() => assertNotDisablingSelf(7, { id: 7, disabled: true })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', key: 'cannotDisableSelf', field: 'disabled' }),
    );
  });

  it('is no concern when enabling, or for another account', () => {
    expect(() => assertNotDisablingSelf(7, { id: 7, disabled: false })).not.toThrow();
    expect(() => assertNotDisablingSelf(7, { id: 8, disabled: true })).not.toThrow();
  });
});
