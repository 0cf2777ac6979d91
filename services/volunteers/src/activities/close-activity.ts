// Closing an activity after its end (published -> closed, once): each attendance whose attended minutes (the overlap of
// its check-in and check-out with the activity's time; an attendance without a check-out earns nothing) reach the
// activity's attendance percent becomes one pending HourEntry of those minutes, dated the activity's day in Shanghai,
// under the activity's unit and team. Audited once, with how many entries and how many fell short.
import { type Actor, AppError, recordAudit } from '@strata/api';
import { attendedMinutes, meetsAttendance, scheduledMinutes } from '@strata/checkin';
import type { Tx } from '@strata/db';
import { calendarDay } from '@strata/i18n/days';
import { activityInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';

const organise = 'volunteers.organise' as const;

export async function closeActivity(tx: Tx, actor: Actor, id: number) {
  const owned = actor.scope.ownedWhere(organise);
  const activity = await activityInScope(tx, actor.scope, organise, id);
  if (activity.status !== 'published') throw new AppError('CONFLICT', volunteersMessage('activityNotClosable'));
  if (actor.now.getTime() < activity.endsAt.getTime())
    throw new AppError('BAD_REQUEST', volunteersMessage('activityNotEnded'));
  const { count } = await tx.activity.updateMany({
    where: { id, status: 'published', ...owned },
    data: { status: 'closed', closedAt: actor.now },
  });
  if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('activityNotClosable'));
  const attendances = await tx.activityAttendance.findMany({
    where: { activityId: id, ...owned },
    select: { volunteerId: true, checkedInAt: true, checkedOutAt: true },
    orderBy: { id: 'asc' },
  });
  const length = scheduledMinutes(activity);
  const servedOn = calendarDay(activity.startsAt);
  const entries = attendances
    .map((a) => ({ volunteerId: a.volunteerId, minutes: attendedMinutes({ ...activity, ...a }) }))
    .filter((a) => meetsAttendance(a.minutes, length, activity.attendancePercent))
    .map((a) => ({
      unitId: activity.unitId,
      activityId: id,
      volunteerId: a.volunteerId,
      teamNo: activity.teamId ?? 0,
      servedOn,
      year: Number(servedOn.slice(0, 4)),
      minutes: a.minutes,
      status: 'pending',
      createdAt: actor.now,
    }));
  if (entries.length) await tx.hourEntry.createMany({ data: entries });
  const short = attendances.length - entries.length;
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: activity.unitId,
    action: 'activity.close',
    entity: 'Activity',
    entityId: id,
    label: activity.title,
    before: { status: 'published' },
    after: { status: 'closed', entries: entries.length, short, minutes: entries.reduce((s, e) => s + e.minutes, 0) },
  });
  return { id, entries: entries.length, short };
}
