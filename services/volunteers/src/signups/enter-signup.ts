// Putting a volunteer on an activity's list, the one path a volunteer's own sign-up and an organiser's enrolment share:
// under the activity's lock, once per volunteer (a withdrawn sign-up is reopened at the back of the queue; a live or
// declined one refuses), then pending (approval) or a place taken (confirmed) or the waitlist with its position.
import { AppError } from '@strata/api';
import type { Tx } from '@strata/db';
import { volunteersMessage } from '../locales';
import { type Owned, takePlace, waitlistPosition } from './places';

export type Entered = { id: number; status: 'pending' | 'confirmed' | 'waitlisted'; position: number | null };

/** Signs `volunteerId` up for the activity (locked by the caller); `approval`: the sign-up waits for a decision. */
export async function enterSignup(
  tx: Tx,
  activity: { id: number; unitId: number },
  volunteerId: number,
  opts: { approval: boolean; now: Date; owned: Owned; taken: 'alreadySignedUp' },
): Promise<Entered> {
  const { owned, now } = opts;
  const existing = await tx.activitySignup.findFirst({
    where: { activityId: activity.id, volunteerId, ...owned },
    select: { id: true, status: true },
  });
  if (existing && existing.status !== 'withdrawn')
    throw new AppError('CONFLICT', volunteersMessage(existing.status === 'declined' ? 'signupDeclined' : opts.taken));
  const status = opts.approval ? 'pending' : await takePlace(tx, activity.id, owned);
  const decidedAt = status === 'pending' ? null : now;
  const row = existing
    ? await tx.activitySignup.update({
        where: { id: existing.id, ...owned },
        data: { status, reason: '', createdAt: now, decidedAt },
        select: { id: true, activityId: true, status: true, createdAt: true },
      })
    : await tx.activitySignup.create({
        data: { unitId: activity.unitId, activityId: activity.id, volunteerId, status, createdAt: now, decidedAt },
        select: { id: true, activityId: true, status: true, createdAt: true },
      });
  return { id: row.id, status, position: await waitlistPosition(tx, row, owned) };
}
