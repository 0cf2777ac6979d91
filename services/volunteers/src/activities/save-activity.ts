// Creating an activity (a draft of a unit in the caller's organise scope, optionally run by a team of that unit's
// subtree) and editing one while it is a draft or published. Editing capacity keeps the places already confirmed: it
// may not drop below them, placesLeft moves by the difference in the same transaction (under the activity's lock), and
// places it adds go to the waitlist first. Each audited once.
import { type Actor, AppError, fieldError, naturalKey, recordAudit, unitInScope } from '@strata/api';
import type { Tx } from '@strata/db';
import type { z } from 'zod';
import { activityInScope, teamInScope } from '../common/in-scope';
import { volunteersMessage } from '../locales';
import { fillPlaces, liveSignupStatuses } from '../signups/places';
import { lockActivity } from '../signups/places.sql';
import { activityProblem, editable, placesAfter } from './activity-rules';
import type { ActivityFields, activityChanges, newActivity } from './activity-schemas';

const organise = 'volunteers.organise' as const;

/** The fields as stored: walk-in activities take no sign-ups, so no capacity, places or approval. */
function stored(input: ActivityFields) {
  const problem = activityProblem(input);
  if (problem) throw fieldError(problem.field, volunteersMessage(problem.key), problem.vars);
  const recruit = input.mode === 'recruit';
  return {
    teamId: input.teamId,
    title: input.title,
    titleKey: naturalKey(input.title),
    description: input.description,
    place: input.place,
    lng: input.lng,
    lat: input.lat,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    signupDeadline: recruit ? input.signupDeadline : null,
    mode: input.mode,
    approval: recruit && input.approval,
    capacity: recruit ? input.capacity : null,
    requiredSkills: JSON.stringify(recruit ? input.requiredSkills : []),
    attendancePercent: input.attendancePercent,
  };
}

/** The team, when one is named: in the caller's scope and in the unit's subtree. */
async function checkTeam(tx: Tx, actor: Actor, unitPath: string, teamId: number | null) {
  if (teamId === null) return;
  const team = await teamInScope(tx, actor.scope, organise, teamId);
  const unit = await tx.unit.findFirstOrThrow({
    where: { id: team.unitId, ...actor.scope.unitWhere(organise) },
    select: { path: true },
  });
  if (!unit.path.startsWith(unitPath)) throw fieldError('teamId', volunteersMessage('teamOutsideUnit'));
}

/** What the audit log keeps of an activity's fields. */
type Imaged = Omit<ReturnType<typeof stored>, 'teamId' | 'titleKey' | 'description' | 'lng' | 'lat' | 'mode'> & {
  mode: string;
  placesLeft?: number | null;
};
const image = (a: Imaged) => ({
  title: a.title,
  place: a.place,
  startsAt: a.startsAt.toISOString(),
  endsAt: a.endsAt.toISOString(),
  signupDeadline: a.signupDeadline?.toISOString() ?? null,
  mode: a.mode,
  approval: a.approval,
  capacity: a.capacity,
  ...(a.placesLeft === undefined ? {} : { placesLeft: a.placesLeft }),
  requiredSkills: JSON.parse(a.requiredSkills) as string[],
  attendancePercent: a.attendancePercent,
});

export async function createActivity(tx: Tx, actor: Actor, input: z.output<typeof newActivity>) {
  const unit = await unitInScope(tx, actor.scope, organise, input.unitId);
  // Without a point of its own, the activity stands where its unit stands on the unit map.
  const located =
    input.lng === null && unit.longitude !== null && unit.latitude !== null
      ? { ...input, lng: unit.longitude, lat: unit.latitude }
      : input;
  const data = stored(located);
  await checkTeam(tx, actor, unit.path, data.teamId);
  const row = await tx.activity.create({
    data: { ...data, unitId: unit.id, placesLeft: data.capacity, status: 'draft', createdById: actor.actorId },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: unit.id,
    action: 'activity.create',
    entity: 'Activity',
    entityId: row.id,
    label: data.title,
    after: image(data),
  });
  return { id: row.id };
}

export async function updateActivity(tx: Tx, actor: Actor, input: z.output<typeof activityChanges>) {
  const owned = actor.scope.ownedWhere(organise);
  await activityInScope(tx, actor.scope, organise, input.id);
  await lockActivity(tx, input.id);
  const before = await activityInScope(tx, actor.scope, organise, input.id);
  if (!editable(before.status)) throw new AppError('CONFLICT', volunteersMessage('activityNotEditable'));
  const data = stored(input);
  const unit = await tx.unit.findFirstOrThrow({
    where: { id: before.unitId, ...actor.scope.unitWhere(organise) },
    select: { path: true },
  });
  await checkTeam(tx, actor, unit.path, data.teamId);
  const live = await tx.activitySignup.groupBy({
    by: ['status'],
    where: { activityId: before.id, status: { in: [...liveSignupStatuses] }, ...owned },
    _count: { _all: true },
  });
  const confirmed = live.find((g) => g.status === 'confirmed')?._count._all ?? 0;
  if (data.mode !== before.mode && live.length) throw fieldError('mode', volunteersMessage('modeLocked'));
  if (data.capacity !== null && data.capacity < confirmed)
    throw fieldError('capacity', volunteersMessage('capacityBelowConfirmed'), { confirmed });
  // Capacity and placesLeft move together: what it grows by is free, what it shrinks by was free (never below the
  // confirmed), so placesLeft is capacity less the confirmed places, read under the lock.
  const placesLeft = placesAfter(data.capacity, confirmed);
  await tx.activity.update({ where: { id: before.id, ...owned }, data: { ...data, placesLeft } });
  const promoted = await fillPlaces(tx, before.id, owned, actor.now);
  await recordAudit(tx, {
    actorId: actor.actorId,
    unitId: before.unitId,
    action: 'activity.update',
    entity: 'Activity',
    entityId: before.id,
    label: data.title,
    before: image(before),
    after: { ...image({ ...data, placesLeft }), promoted },
  });
  return { id: before.id };
}
