// A volunteer checking in or out with the code on the organiser's screen, across scopes (their account's profile).
// Refused, each with its own words: outside the time, not confirmed (recruitment), already checked in (or out, or not
// in yet), then by the code: unknown, for another activity, of the other purpose, used, expired. The code is consumed
// by a conditional update (still unused) in the transaction that writes the attendance, so of two volunteers racing
// for one code one wins and the other hears it was used. Audited once, in the activity's unit.
import { AppError, recordAudit, runTransaction, toIso } from '@strata/api';
import { attendanceFlags, judgeCode } from '@strata/checkin';
import type { Db, Tx } from '@strata/db';
import { ownVolunteer } from '../common/own-volunteer';
import { volunteersMessage } from '../locales';
import { checkinOpen, codeRefusal } from './checkin-rules';

type Purpose = 'in' | 'out';
const refuse = (key: Parameters<typeof volunteersMessage>[0], code: 'BAD_REQUEST' | 'CONFLICT' = 'BAD_REQUEST') =>
  new AppError(code, volunteersMessage(key));

/** The code row an attempt names: this activity's newest with those digits, else a live one of another activity. */
async function codeNamed(tx: Tx, activityId: number, code: string, now: Date) {
  const own = await tx.checkinCode.findFirst({
    where: { activityId, code },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
  });
  if (own) return own;
  return tx.checkinCode.findFirst({
    where: { code, activityId: { not: activityId }, usedAt: null, expiresAt: { gt: now } },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
  });
}

/** Judges the code and consumes it, or throws the refusal. */
async function consumeCode(tx: Tx, activityId: number, purpose: Purpose, code: string, who: number, now: Date) {
  const found = await codeNamed(tx, activityId, code, now);
  const verdict = judgeCode(
    found && {
      subjectId: found.activityId,
      purpose: found.purpose,
      expiresAt: found.expiresAt,
      usedAt: found.usedAt,
      usedBy: found.usedById,
    },
    { subjectId: activityId, purpose, who, now },
  );
  if (verdict !== 'ok' || !found) throw refuse(codeRefusal(verdict === 'ok' ? 'unknown' : verdict, purpose));
  const { count } = await tx.checkinCode.updateMany({
    where: { id: found.id, usedAt: null },
    data: { usedAt: now, usedById: who },
  });
  if (count !== 1) throw refuse('codeUsed', 'CONFLICT');
}

/** The published activity and the caller's profile, checked for the purpose at `now`. */
async function begin(tx: Tx, accountId: number, activityId: number, purpose: Purpose, now: Date) {
  const volunteer = await ownVolunteer(tx, accountId);
  const activity = await tx.activity.findUnique({ where: { id: activityId } });
  if (activity?.status !== 'published') throw new AppError('NOT_FOUND', volunteersMessage('activityNotFound'));
  if (!checkinOpen(activity, purpose, now)) throw refuse(purpose === 'in' ? 'checkinClosed' : 'checkoutClosed');
  return { volunteer, activity };
}

const uniqueViolation = (error: unknown) => (error as { code?: unknown })?.code === 'P2002';

export async function checkIn(db: Db, accountId: number, input: { activityId: number; code: string }, now: Date) {
  try {
    return await runTransaction(db, async (tx) => {
      const { volunteer, activity } = await begin(tx, accountId, input.activityId, 'in', now);
      if (volunteer.status !== 'active') throw refuse('signupVolunteerInactive');
      if (activity.mode === 'recruit') {
        const signup = await tx.activitySignup.findUnique({
          where: { activityId_volunteerId: { activityId: activity.id, volunteerId: volunteer.id } },
          select: { status: true },
        });
        if (signup?.status !== 'confirmed') throw refuse('notConfirmed');
      }
      const existing = await tx.activityAttendance.findUnique({
        where: { activityId_volunteerId: { activityId: activity.id, volunteerId: volunteer.id } },
        select: { id: true },
      });
      if (existing) throw refuse('alreadyCheckedIn', 'CONFLICT');
      await consumeCode(tx, activity.id, 'in', input.code, volunteer.id, now);
      const { late } = attendanceFlags({ ...activity, checkedInAt: now, checkedOutAt: null });
      const row = await tx.activityAttendance.create({
        data: {
          unitId: activity.unitId,
          activityId: activity.id,
          volunteerId: volunteer.id,
          checkedInAt: now,
          inMethod: 'code',
          late,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: accountId,
        unitId: activity.unitId,
        action: 'attendance.checkIn',
        entity: 'ActivityAttendance',
        entityId: row.id,
        label: `${volunteer.name} · ${activity.title}`,
        after: { checkedInAt: toIso(now), late },
      });
      return { checkedInAt: toIso(now), late };
    });
  } catch (error) {
    // The same volunteer checking in twice at once: the second insert meets the first's row.
    if (uniqueViolation(error)) throw refuse('alreadyCheckedIn', 'CONFLICT');
    throw error;
  }
}

export async function checkOut(db: Db, accountId: number, input: { activityId: number; code: string }, now: Date) {
  return runTransaction(db, async (tx) => {
    const { volunteer, activity } = await begin(tx, accountId, input.activityId, 'out', now);
    const attendance = await tx.activityAttendance.findUnique({
      where: { activityId_volunteerId: { activityId: activity.id, volunteerId: volunteer.id } },
      select: { id: true, checkedInAt: true, checkedOutAt: true },
    });
    if (!attendance) throw refuse('notCheckedIn');
    if (attendance.checkedOutAt) throw refuse('alreadyCheckedOut', 'CONFLICT');
    await consumeCode(tx, activity.id, 'out', input.code, volunteer.id, now);
    const { early } = attendanceFlags({ ...activity, checkedInAt: attendance.checkedInAt, checkedOutAt: now });
    const { count } = await tx.activityAttendance.updateMany({
      where: { id: attendance.id, checkedOutAt: null },
      data: { checkedOutAt: now, outMethod: 'code', early },
    });
    if (count !== 1) throw refuse('alreadyCheckedOut', 'CONFLICT');
    await recordAudit(tx, {
      actorId: accountId,
      unitId: activity.unitId,
      action: 'attendance.checkOut',
      entity: 'ActivityAttendance',
      entityId: attendance.id,
      label: `${volunteer.name} · ${activity.title}`,
      after: { checkedOutAt: toIso(now), early },
    });
    return { checkedOutAt: toIso(now), early };
  });
}
