// An activity's places: taken by a conditional update on `placesLeft` (never below zero, whatever runs beside it),
// given back when a confirmed sign-up leaves, to the first on the waitlist (createdAt, id) if anyone waits. Callers
// hold the activity's lock (lockActivity) so the waitlist is read as it stands. `owned` is the caller's scope filter
// for an organiser's guarded transaction, or nothing for a volunteer's own one (the raw client).
import type { Scope } from '@strata/api';
import type { Tx } from '@strata/db';

export type Owned = ReturnType<Scope['ownedWhere']> | Record<string, never>;

/** Takes a place: `confirmed` when one was left, else `waitlisted`. */
export async function takePlace(tx: Tx, activityId: number, owned: Owned): Promise<'confirmed' | 'waitlisted'> {
  const { count } = await tx.activity.updateMany({
    where: { id: activityId, placesLeft: { gt: 0 }, ...owned },
    data: { placesLeft: { decrement: 1 } },
  });
  return count === 1 ? 'confirmed' : 'waitlisted';
}

/** Gives a confirmed sign-up's place back: to the first waitlisted, promoted (its id), or to `placesLeft`. */
export async function freePlace(tx: Tx, activityId: number, owned: Owned, now: Date): Promise<number | null> {
  const first = await tx.activitySignup.findFirst({
    where: { activityId, status: 'waitlisted', ...owned },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  if (first) {
    await tx.activitySignup.updateMany({
      where: { id: first.id, status: 'waitlisted', ...owned },
      data: { status: 'confirmed', decidedAt: now },
    });
    return first.id;
  }
  await tx.activity.updateMany({
    where: { id: activityId, placesLeft: { not: null }, ...owned },
    data: { placesLeft: { increment: 1 } },
  });
  return null;
}

/** Promotes waitlisted sign-ups in order while places are left (after capacity grew); returns how many. */
export async function fillPlaces(tx: Tx, activityId: number, owned: Owned, now: Date): Promise<number> {
  const activity = await tx.activity.findFirst({ where: { id: activityId, ...owned }, select: { placesLeft: true } });
  const left = activity?.placesLeft ?? 0;
  if (left <= 0) return 0;
  const waiting = await tx.activitySignup.findMany({
    where: { activityId, status: 'waitlisted', ...owned },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: left,
    select: { id: true },
  });
  if (!waiting.length) return 0;
  await tx.activitySignup.updateMany({
    where: { id: { in: waiting.map((w) => w.id) }, status: 'waitlisted', ...owned },
    data: { status: 'confirmed', decidedAt: now },
  });
  await tx.activity.updateMany({
    where: { id: activityId, ...owned },
    data: { placesLeft: { decrement: waiting.length } },
  });
  return waiting.length;
}

/** A waitlisted sign-up's place in the queue (1: next to be promoted); null for any other status. */
export async function waitlistPosition(
  tx: Tx,
  signup: { id: number; activityId: number; status: string; createdAt: Date },
  owned: Owned,
): Promise<number | null> {
  if (signup.status !== 'waitlisted') return null;
  const ahead = await tx.activitySignup.count({
    where: {
      activityId: signup.activityId,
      status: 'waitlisted',
      ...owned,
      OR: [{ createdAt: { lt: signup.createdAt } }, { createdAt: signup.createdAt, id: { lt: signup.id } }],
    },
  });
  return ahead + 1;
}

/** Every waitlisted sign-up's position in one read: id -> position. */
export async function waitlistPositions(tx: Tx, activityId: number, owned: Owned): Promise<Map<number, number>> {
  const waiting = await tx.activitySignup.findMany({
    where: { activityId, status: 'waitlisted', ...owned },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true },
  });
  return new Map(waiting.map((w, i) => [w.id, i + 1]));
}

/** The sign-up statuses that hold or wait for a place. */
export const liveSignupStatuses = ['pending', 'confirmed', 'waitlisted'] as const;
