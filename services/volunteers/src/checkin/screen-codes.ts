// The organiser's check-in screen (volunteers.organise at the activity's unit): the code to show for an activity and a
// purpose. `currentCode` only reads (the screen polls it to see a code used or expired); `showCode` gives the current
// unused, unexpired code or issues a new one, and records one audit entry per call (the screen calls it only when the
// poll finds none, about once a minute or after each use). Codes are given while the activity is published, from 30
// minutes before its start to 2 hours after its end.
import { type Actor, AppError, recordAudit, type Scope, toIso } from '@strata/api';
import { checkinLink, checkinWindowMs, newCheckinCode } from '@strata/checkin';
import type { Db, Tx } from '@strata/db';
import { activityInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import { checkinPath, screenOpen } from './checkin-rules';

const organise = 'volunteers.organise' as const;
type Purpose = 'in' | 'out';

const linkOf = (activityId: number, code: string, purpose: Purpose) =>
  checkinLink('', checkinPath, { subject: activityId, code, params: { purpose } });

const shown = (activityId: number, purpose: Purpose, row: { code: string; expiresAt: Date }) => ({
  code: row.code,
  expiresAt: toIso(row.expiresAt),
  link: linkOf(activityId, row.code, purpose),
});

/** The newest unused code of the activity and purpose still valid at `now`. */
function liveCode(db: Db | Tx, scope: Scope, activityId: number, purpose: Purpose, now: Date) {
  return db.checkinCode.findFirst({
    where: { activityId, purpose, usedAt: null, expiresAt: { gt: now }, ...scope.ownedWhere(organise) },
    orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
    select: { code: true, expiresAt: true },
  });
}

export async function currentCode(db: Db, scope: Scope, input: { activityId: number; purpose: Purpose }, now: Date) {
  const activity = await activityInScope(db, scope, organise, input.activityId);
  const owned = scope.ownedWhere(organise);
  const [current, checkedIn, checkedOut] = await Promise.all([
    activity.status === 'published' ? liveCode(db, scope, activity.id, input.purpose, now) : null,
    db.activityAttendance.count({ where: { activityId: activity.id, ...owned } }),
    db.activityAttendance.count({ where: { activityId: activity.id, checkedOutAt: { not: null }, ...owned } }),
  ]);
  return { current: current ? shown(activity.id, input.purpose, current) : null, checkedIn, checkedOut };
}

export async function showCode(tx: Tx, actor: Actor, input: { activityId: number; purpose: Purpose }) {
  const activity = await activityInScope(tx, actor.scope, organise, input.activityId);
  if (activity.status !== 'published') throw new AppError('BAD_REQUEST', volunteersMessage('activityNotRunning'));
  if (!screenOpen(activity, actor.now)) throw new AppError('BAD_REQUEST', volunteersMessage('screenClosed'));
  const current = await liveCode(tx, actor.scope, activity.id, input.purpose, actor.now);
  const row =
    current ??
    (await tx.checkinCode.create({
      data: {
        unitId: activity.unitId,
        activityId: activity.id,
        purpose: input.purpose,
        code: newCheckinCode(),
        issuedAt: actor.now,
        expiresAt: new Date(actor.now.getTime() + checkinWindowMs),
      },
      select: { code: true, expiresAt: true },
    }));
  // The entry says a screen was given a code (never the code itself), and whether it was a new one.
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: activity.unitId,
    action: 'checkin.code',
    entity: 'Activity',
    entityId: activity.id,
    label: activity.title,
    after: { purpose: input.purpose, issued: current === null, expiresAt: toIso(row.expiresAt) },
  });
  return shown(activity.id, input.purpose, row);
}
