import { recycleBinDays } from '@strata/contract';
import { describe, expect, it } from 'vitest';
import { assertRestorable, daysLeft, expiredBefore, isRestorable, restorableUntil } from './recycle-bin-rules';

const deletedAt = new Date('2026-03-01T08:00:00Z');
const later = (days: number, ms = 0) => new Date(deletedAt.getTime() + days * 86_400_000 + ms);

describe('the recycle bin’s time', () => {
  it('keeps an article 30 days from its deletion', () => {
    expect(recycleBinDays).toBe(30);
    expect(restorableUntil(deletedAt)).toEqual(new Date('2026-03-31T08:00:00Z'));
  });

  it('counts the days left, a started day as a whole one, down to 0 when the time is up', () => {
    expect(daysLeft(deletedAt, deletedAt)).toBe(30);
    expect(daysLeft(deletedAt, later(0, 1))).toBe(30);
    expect(daysLeft(deletedAt, later(1))).toBe(29);
    expect(daysLeft(deletedAt, later(29, 1))).toBe(1);
    expect(daysLeft(deletedAt, later(30))).toBe(0);
    expect(daysLeft(deletedAt, later(45))).toBe(0);
  });

  it('restores up to the last moment and refuses after it, saying how long the bin keeps things', () => {
    expect(isRestorable(deletedAt, later(30))).toBe(true);
    expect(() => assertRestorable(deletedAt, later(30))).not.toThrow();
    expect(isRestorable(deletedAt, later(30, 1))).toBe(false);
    expect(() => assertRestorable(deletedAt, later(30, 1))).toThrow(
      expect.objectContaining({ code: 'CONFLICT', key: 'content.restoreExpired', vars: { days: 30 } }),
    );
  });

  it('calls expired exactly what can no longer be restored', () => {
    const now = later(30, 1);
    expect(deletedAt < expiredBefore(now)).toBe(true);
    expect(later(0, 2) < expiredBefore(now)).toBe(false);
    expect(deletedAt < expiredBefore(later(30))).toBe(false);
  });
});
