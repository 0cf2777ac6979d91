// An organiser's side of attendance (volunteers.organise at the activity's unit; the list with volunteers.read):
// recording one by hand with a reason (a new attendance, or the check-out of an open one), the list with the minutes
// each earns and whether they qualify, and the organiser's evaluation. Each change audited once.
import { type Actor, AppError, recordAudit, type Scope, toIso } from '@strata/api';
import { attendanceFlags, attendedMinutes, meetsAttendance, scheduledMinutes } from '@strata/checkin';
import type { Db, Tx } from '@strata/db';
import type { z } from 'zod';
import { activityInScope, volunteerInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import { closesAfterEndMs, opensBeforeStartMs } from './checkin-rules';
import type { attendanceRow, evaluateInput, recordInput } from './checkin-schemas';

const organise = 'volunteers.organise' as const;
type Row = z.output<typeof attendanceRow>;

/** Who may be recorded: a confirmed sign-up for recruitment; for walk-in, anyone registered whom the caller reads. */
async function attendee(tx: Tx, actor: Actor, activity: { id: number; mode: string }, volunteerId: number) {
  const owned = actor.scope.ownedWhere(organise);
  const signup = await tx.activitySignup.findFirst({
    where: { activityId: activity.id, volunteerId, ...owned },
    select: { status: true, volunteer: { select: { id: true, name: true } } },
  });
  if (activity.mode === 'recruit') {
    if (signup?.status !== 'confirmed')
      throw new AppError('BAD_REQUEST', volunteersMessage('notConfirmed'), {}, 'volunteerId');
    return signup.volunteer;
  }
  const attended = await tx.activityAttendance.findFirst({
    where: { activityId: activity.id, volunteerId, ...owned },
    select: { volunteer: { select: { id: true, name: true } } },
  });
  const known = signup?.volunteer ?? attended?.volunteer;
  if (known) return known;
  const volunteer = await volunteerInScope(tx, actor.scope, 'volunteers.read', volunteerId);
  return { id: volunteer.id, name: volunteer.name };
}

export async function recordAttendance(tx: Tx, actor: Actor, input: z.output<typeof recordInput>) {
  const owned = actor.scope.ownedWhere(organise);
  const activity = await activityInScope(tx, actor.scope, organise, input.activityId);
  if (activity.status !== 'published') throw new AppError('BAD_REQUEST', volunteersMessage('activityNotRunning'));
  const from = activity.startsAt.getTime() - opensBeforeStartMs;
  const to = activity.endsAt.getTime() + closesAfterEndMs;
  for (const [field, at] of [
    ['checkedInAt', input.checkedInAt],
    ['checkedOutAt', input.checkedOutAt],
  ] as const)
    if (at && (at.getTime() < from || at.getTime() > to || at.getTime() > actor.now.getTime()))
      throw new AppError('BAD_REQUEST', volunteersMessage('attendanceOutsideTime'), {}, field);
  if (input.checkedOutAt && input.checkedOutAt.getTime() <= input.checkedInAt.getTime())
    throw new AppError('BAD_REQUEST', volunteersMessage('checkOutBeforeIn'), {}, 'checkedOutAt');
  const volunteer = await attendee(tx, actor, activity, input.volunteerId);
  const existing = await tx.activityAttendance.findFirst({
    where: { activityId: activity.id, volunteerId: volunteer.id, ...owned },
  });
  let id: number;
  let flags: { late: boolean; early: boolean };
  let before: unknown;
  if (existing) {
    // An open attendance is completed: its check-out, by hand.
    if (existing.checkedOutAt) throw new AppError('CONFLICT', volunteersMessage('alreadyCheckedOut'));
    if (!input.checkedOutAt)
      throw new AppError('BAD_REQUEST', volunteersMessage('checkOutRequired'), {}, 'checkedOutAt');
    if (input.checkedOutAt.getTime() <= existing.checkedInAt.getTime())
      throw new AppError('BAD_REQUEST', volunteersMessage('checkOutBeforeIn'), {}, 'checkedOutAt');
    flags = attendanceFlags({ ...activity, checkedInAt: existing.checkedInAt, checkedOutAt: input.checkedOutAt });
    const { count } = await tx.activityAttendance.updateMany({
      where: { id: existing.id, checkedOutAt: null, ...owned },
      data: {
        checkedOutAt: input.checkedOutAt,
        outMethod: 'manual',
        early: flags.early,
        manualReason: input.reason,
        recordedById: actor.actorId,
      },
    });
    if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('alreadyCheckedOut'));
    id = existing.id;
    flags = { late: existing.late, early: flags.early };
    before = { checkedInAt: toIso(existing.checkedInAt), checkedOutAt: null };
  } else {
    flags = attendanceFlags({ ...activity, checkedInAt: input.checkedInAt, checkedOutAt: input.checkedOutAt });
    const row = await tx.activityAttendance.create({
      data: {
        unitId: activity.unitId,
        activityId: activity.id,
        volunteerId: volunteer.id,
        checkedInAt: input.checkedInAt,
        checkedOutAt: input.checkedOutAt,
        inMethod: 'manual',
        outMethod: input.checkedOutAt ? 'manual' : null,
        late: flags.late,
        early: flags.early,
        manualReason: input.reason,
        recordedById: actor.actorId,
      },
      select: { id: true },
    });
    id = row.id;
    before = undefined;
  }
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: activity.unitId,
    action: 'attendance.record',
    entity: 'ActivityAttendance',
    entityId: id,
    label: `${volunteer.name} · ${activity.title}`,
    before,
    after: {
      checkedInAt: toIso(existing?.checkedInAt ?? input.checkedInAt),
      checkedOutAt: toIso(input.checkedOutAt),
      manualReason: input.reason,
    },
  });
  return { id, late: flags.late, early: flags.early };
}

/** The activity's attendances, in check-in order, each with its attended minutes and whether they qualify. */
export async function listAttendance(db: Db, scope: Scope, activityId: number): Promise<Row[]> {
  const activity = await activityInScope(db, scope, 'volunteers.read', activityId);
  const rows = await db.activityAttendance.findMany({
    where: { activityId: activity.id, ...scope.ownedWhere('volunteers.read') },
    orderBy: [{ checkedInAt: 'asc' }, { id: 'asc' }],
    include: { volunteer: { select: { name: true } } },
  });
  const length = scheduledMinutes(activity);
  return rows.map((r) => {
    const minutes = attendedMinutes({ ...activity, checkedInAt: r.checkedInAt, checkedOutAt: r.checkedOutAt });
    return {
      id: r.id,
      volunteerId: r.volunteerId,
      name: r.volunteer.name,
      checkedInAt: toIso(r.checkedInAt),
      checkedOutAt: toIso(r.checkedOutAt),
      inMethod: r.inMethod as Row['inMethod'],
      outMethod: r.outMethod as Row['outMethod'],
      late: r.late,
      early: r.early,
      manualReason: r.manualReason,
      minutes,
      qualifies: meetsAttendance(minutes, length, activity.attendancePercent),
      rating: r.rating,
      comment: r.comment,
    };
  });
}

export async function evaluateAttendance(tx: Tx, actor: Actor, input: z.output<typeof evaluateInput>) {
  const owned = actor.scope.ownedWhere(organise);
  const attendance = await tx.activityAttendance.findFirst({
    where: { id: input.attendanceId, ...owned },
    include: { volunteer: { select: { name: true } }, activity: { select: { title: true } } },
  });
  if (!attendance) throw new AppError('NOT_FOUND', volunteersMessage('attendanceNotFound'));
  await tx.activityAttendance.update({
    where: { id: attendance.id, ...owned },
    data: { rating: input.rating, comment: input.comment },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: attendance.unitId,
    action: 'attendance.evaluate',
    entity: 'ActivityAttendance',
    entityId: attendance.id,
    label: `${attendance.volunteer.name} · ${attendance.activity.title}`,
    before: { rating: attendance.rating, comment: attendance.comment },
    after: { rating: input.rating, comment: input.comment },
  });
  return { id: attendance.id };
}
