// An activity's life: a draft is published (volunteers see it and sign up), a draft or published one may be cancelled
// with a reason. Each a conditional update on the status, audited once.
import { type Actor, AppError, recordAudit } from '@strata/api';
import type { Tx } from '@strata/db';
import { activityInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import { editable } from './activity-rules';

const organise = 'volunteers.organise' as const;

export async function publishActivity(tx: Tx, actor: Actor, id: number) {
  const activity = await activityInScope(tx, actor.scope, organise, id);
  const { count } = await tx.activity.updateMany({
    where: { id, status: 'draft', ...actor.scope.ownedWhere(organise) },
    data: { status: 'published', publishedAt: actor.now },
  });
  if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('activityNotDraft'));
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: activity.unitId,
    action: 'activity.publish',
    entity: 'Activity',
    entityId: id,
    label: activity.title,
    before: { status: 'draft' },
    after: { status: 'published' },
  });
  return { id };
}

export async function cancelActivity(tx: Tx, actor: Actor, input: { id: number; reason: string }) {
  const activity = await activityInScope(tx, actor.scope, organise, input.id);
  if (!editable(activity.status)) throw new AppError('CONFLICT', volunteersMessage('activityNotCancellable'));
  const { count } = await tx.activity.updateMany({
    where: { id: activity.id, status: activity.status, ...actor.scope.ownedWhere(organise) },
    data: { status: 'cancelled' },
  });
  if (count !== 1) throw new AppError('CONFLICT', volunteersMessage('activityNotCancellable'));
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: activity.unitId,
    action: 'activity.cancel',
    entity: 'Activity',
    entityId: activity.id,
    label: activity.title,
    before: { status: activity.status },
    after: { status: 'cancelled', reason: input.reason },
  });
  return { id: activity.id };
}
