// How long the recycle bin keeps what was deleted, and what follows from it. Nothing runs on a timer: an
// article's days left and whether it may still be restored are computed from `deletedAt` when read.
import { AppError } from '@strata/api';
import { recycleBinDays } from '@strata/contract';
import { contentMessage } from '../locales';

// recycleBinDays (@strata/contract): days a deleted article can be restored; one value, shared with the console.

const dayMs = 86_400_000;

/** The last moment a restore is accepted. */
export const restorableUntil = (deletedAt: Date) => new Date(deletedAt.getTime() + recycleBinDays * dayMs);

/** Whole days left to restore, counting a started day: 30 on the day of deleting, 0 once the time is up. */
export const daysLeft = (deletedAt: Date, now: Date) =>
  Math.max(0, Math.ceil((restorableUntil(deletedAt).getTime() - now.getTime()) / dayMs));

export const isRestorable = (deletedAt: Date, now: Date) => now.getTime() <= restorableUntil(deletedAt).getTime();

/** A restore after the time is up is refused with a message that says why and what remains. */
export function assertRestorable(deletedAt: Date, now: Date) {
  if (!isRestorable(deletedAt, now))
    throw new AppError('CONFLICT', contentMessage('restoreExpired'), { days: recycleBinDays });
}

/** Articles deleted before this moment are past restoring (what "purge the expired" removes). */
export const expiredBefore = (now: Date) => new Date(now.getTime() - recycleBinDays * dayMs);
